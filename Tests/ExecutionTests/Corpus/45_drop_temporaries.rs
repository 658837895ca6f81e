// Temporaries drop at the end of their statement; `let r = &temp` extends the life to the scope.
struct Noisy {
    name: char,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

impl Noisy {
    fn id(&self) -> u32 {
        self.name as u32
    }
}

fn make(name: char) -> Noisy {
    Noisy { name }
}

fn main() {
    println!("id {}", make('t').id());
    println!("after the println");
    let n = make('u').id() + make('v').id();
    println!("sum {}", n);
    let r = &make('r');
    println!("r is {}", r.name);
    make('s');
    println!("after an unused call");
    let first = match make('m').id() {
        109 => "matched m",
        _ => "other",
    };
    println!("{}", first);
    let len = {
        let inner = make('i');
        inner.id()
    };
    println!("block gave {}", len);
    println!("end of main");
}
