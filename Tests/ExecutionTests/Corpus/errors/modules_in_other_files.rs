use crate::garden::vegetables::Asparagus;

pub mod garden;

mod kitchen {
    pub mod menu;
}

fn main() {
    let plant = Asparagus {};
    println!("I'm growing {plant:?}!");
}
