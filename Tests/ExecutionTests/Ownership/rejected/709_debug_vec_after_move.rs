use std::fmt;

struct Coin(u32);

impl fmt::Debug for Coin {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}c", self.0)
    }
}

fn main() {
    let purse = vec![Coin(5), Coin(20)];
    let pocket = purse;
    println!("{:?}", pocket);
    println!("{:?}", purse);
}
