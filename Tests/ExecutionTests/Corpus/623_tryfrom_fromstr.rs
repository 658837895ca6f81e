// TryFrom and FromStr written by hand: Even::try_from, Rgb::from_str and
// "..".parse::<Rgb>() call the program's own functions and return its Error type.
use std::str::FromStr;

#[derive(Debug)]
struct Even(i32);

impl TryFrom<i32> for Even {
    type Error = String;

    fn try_from(v: i32) -> Result<Self, Self::Error> {
        if v % 2 == 0 {
            Ok(Even(v))
        } else {
            Err(format!("{v} is odd"))
        }
    }
}

#[derive(Debug, PartialEq)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

#[derive(Debug)]
enum ColorError {
    WrongCount(usize),
    BadNumber(String),
}

impl FromStr for Rgb {
    type Err = ColorError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.split(',').collect();
        if parts.len() != 3 {
            return Err(ColorError::WrongCount(parts.len()));
        }
        let mut values = [0u8; 3];
        for (i, part) in parts.iter().enumerate() {
            match part.trim().parse::<u8>() {
                Ok(n) => values[i] = n,
                Err(_) => return Err(ColorError::BadNumber(part.trim().to_string())),
            }
        }
        Ok(Rgb { r: values[0], g: values[1], b: values[2] })
    }
}

fn main() {
    println!("{:?}", Even::try_from(4));
    println!("{:?}", Even::try_from(7));
    if let Ok(e) = Even::try_from(-2) {
        println!("half of {} is {}", e.0, e.0 / 2);
    }
    let x = "1, 2, 3".parse::<Rgb>();
    println!("{:?}", x);
    let y: Result<Rgb, _> = "1,2".parse();
    println!("{:?}", y);
    let z = Rgb::from_str("300,1,1");
    println!("{:?}", z);
    let w: Rgb = "4,5,6".parse().unwrap();
    println!("{}", w.r + w.g + w.b);
    let line = String::from("9,9,9");
    match line.parse::<Rgb>() {
        Ok(c) => println!("same? {}", c == Rgb { r: 9, g: 9, b: 9 }),
        Err(e) => println!("error {:?}", e),
    }
}
