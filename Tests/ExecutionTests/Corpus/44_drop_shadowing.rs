// Shadowing drops nothing: both values live to the end of the scope, the shadower drops first.
struct Noisy {
    name: char,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let x = Noisy { name: '1' };
    println!("x is {}", x.name);
    let x = Noisy { name: '2' };
    println!("x is {}", x.name);
    {
        let x = Noisy { name: '3' };
        println!("inner x is {}", x.name);
    }
    println!("x is {}", x.name);
    let y = Noisy { name: 'y' };
    let y = y;
    println!("moved into a shadowing binding: {}", y.name);
    let x = Noisy { name: '4' };
    println!("x is {}", x.name);
    println!("end of main");
}
