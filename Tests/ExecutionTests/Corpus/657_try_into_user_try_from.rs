// `try_into()` towards a type of the program's own: std's blanket `TryInto` calls the
// program's `TryFrom` impl.
#[derive(Debug)]
struct Even(u32);

impl TryFrom<i64> for Even {
    type Error = String;

    fn try_from(v: i64) -> Result<Self, Self::Error> {
        if v % 2 == 0 {
            Ok(Even(v as u32))
        } else {
            Err(format!("{} is odd", v))
        }
    }
}

fn main() {
    let e: Result<Even, String> = 10i64.try_into();
    println!("{}", e.unwrap().0);
    let odd: Result<Even, String> = 7i64.try_into();
    match odd {
        Ok(even) => println!("even {:?}", even),
        Err(message) => println!("refused: {}", message),
    }
    let byte: Result<u8, _> = 300i32.try_into();
    println!("{:?}", byte.is_err());
    for n in [4i64, 5, 6] {
        let converted: Result<Even, String> = n.try_into();
        println!("{} -> {:?}", n, converted);
    }
}
