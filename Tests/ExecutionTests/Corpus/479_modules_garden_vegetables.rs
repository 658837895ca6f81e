// A garden module with a vegetables module inside, brought in with `use`.
pub mod garden {
    pub mod vegetables {
        #[derive(Debug)]
        pub struct Asparagus {
            pub height_cm: u32,
        }

        #[derive(Debug)]
        pub struct Tomato {
            pub variety: String,
            pub ripe: bool,
        }
    }

    use vegetables::{Asparagus, Tomato};

    pub struct Bed {
        pub name: String,
        asparagus: Vec<Asparagus>,
        tomatoes: Vec<Tomato>,
    }

    impl Bed {
        pub fn new(name: &str) -> Bed {
            Bed { name: name.to_string(), asparagus: Vec::new(), tomatoes: Vec::new() }
        }

        pub fn plant_asparagus(&mut self, height_cm: u32) {
            self.asparagus.push(Asparagus { height_cm });
        }

        pub fn plant_tomato(&mut self, variety: &str) {
            self.tomatoes.push(Tomato { variety: variety.to_string(), ripe: false });
        }

        pub fn water(&mut self) {
            for a in self.asparagus.iter_mut() {
                a.height_cm += grow_by();
            }
            for t in &mut self.tomatoes {
                t.ripe = true;
            }
        }

        pub fn tallest(&self) -> Option<&Asparagus> {
            let mut best: Option<&Asparagus> = None;
            for a in &self.asparagus {
                match best {
                    Some(b) if b.height_cm >= a.height_cm => {}
                    _ => best = Some(a),
                }
            }
            best
        }

        pub fn tomatoes(&self) -> &Vec<Tomato> {
            &self.tomatoes
        }
    }

    fn grow_by() -> u32 {
        5
    }
}

use crate::garden::vegetables::Asparagus;
use garden::Bed;

fn main() {
    let plant = Asparagus { height_cm: 12 };
    println!("I'm growing {:?}!", plant);
    println!("an Asparagus is {} bytes", std::mem::size_of::<Asparagus>());
    println!("a Bed is {} bytes", std::mem::size_of::<Bed>());

    let mut bed = Bed::new("north");
    bed.plant_asparagus(10);
    bed.plant_asparagus(14);
    bed.plant_tomato("Roma");
    bed.water();
    println!("{} has {} tomatoes", bed.name, bed.tomatoes().len());
    if let Some(a) = bed.tallest() {
        println!("tallest: {} cm", a.height_cm);
    }
    for t in bed.tomatoes() {
        println!("{:?}", t);
    }
}
