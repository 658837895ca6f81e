// A struct's own Drop::drop runs first, then its fields in declaration order, depth-first.
struct Noisy {
    name: char,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair ({} {})", self.first.name, self.second.name);
    }
}

struct Outer {
    label: Noisy,
    pair: Pair,
    tail: Noisy,
}

struct Plain {
    x: Noisy,
    y: Noisy,
}

fn main() {
    let outer = Outer {
        label: Noisy { name: 'l' },
        pair: Pair { first: Noisy { name: '1' }, second: Noisy { name: '2' } },
        tail: Noisy { name: 't' },
    };
    let plain = Plain { y: Noisy { name: 'y' }, x: Noisy { name: 'x' } };
    println!("outer holds {} {} {}", outer.label.name, outer.pair.first.name, outer.tail.name);
    println!("plain holds {} {}", plain.x.name, plain.y.name);
    let _pair = Pair { first: Noisy { name: 'p' }, second: Noisy { name: 'q' } };
    println!("end of main");
}
