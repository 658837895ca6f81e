// Locals drop in reverse declaration order at the end of their block; inner blocks first.
struct Noisy {
    name: char,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let _a = Noisy { name: 'a' };
    let _b = Noisy { name: 'b' };
    {
        let _inner1 = Noisy { name: 'x' };
        let _inner2 = Noisy { name: 'y' };
        println!("end of inner block");
    }
    let _c = Noisy { name: 'c' };
    let mut i = 0;
    while i < 2 {
        let _loop = Noisy { name: 'L' };
        println!("iteration {}", i);
        i += 1;
    }
    for n in 0..2 {
        let _f = Noisy { name: 'F' };
        if n == 1 {
            println!("continue");
            continue;
        }
        println!("body end");
    }
    println!("end of main");
}
