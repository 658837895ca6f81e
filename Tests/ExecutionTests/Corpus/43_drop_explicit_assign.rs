// drop(x) runs Drop at once; `let _ =` drops at once, `let _x =` lives to scope end;
// assigning a new value drops the old one right there.
struct Noisy {
    name: char,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let a = Noisy { name: 'a' };
    drop(a);
    println!("after drop(a)");
    let _ = Noisy { name: 'u' };
    println!("after let _");
    let _kept = Noisy { name: 'k' };
    println!("after let _kept");
    let mut slot = Noisy { name: '1' };
    println!("slot holds {}", slot.name);
    slot = Noisy { name: '2' };
    println!("slot holds {}", slot.name);
    slot = Noisy { name: '3' };
    println!("slot holds {}", slot.name);
    let b = Noisy { name: 'b' };
    let _ = b;
    println!("let _ = b does not move b: {}", b.name);
    std::mem::drop(b);
    println!("end of main");
}
