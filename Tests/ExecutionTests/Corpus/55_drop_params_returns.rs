// Parameters drop at the end of the callee after its locals; the callee's locals drop
// before the caller uses the returned value.
struct Noisy {
    name: char,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn two(a: Noisy, b: Noisy) {
    let _local = Noisy { name: 'l' };
    println!("in two: {} {}", a.name, b.name);
}

fn pick(a: Noisy, b: Noisy) -> Noisy {
    let _helper = Noisy { name: 'h' };
    println!("picking {}", b.name);
    let _unused = a;
    b
}

fn build() -> Vec<Noisy> {
    let mut v = Vec::new();
    v.push(Noisy { name: '1' });
    v.push(Noisy { name: '2' });
    let _scratch = Noisy { name: 's' };
    v
}

fn main() {
    two(Noisy { name: 'A' }, Noisy { name: 'B' });
    println!("after two");
    let kept = pick(Noisy { name: 'C' }, Noisy { name: 'D' });
    println!("kept {}", kept.name);
    let list = build();
    println!("built {}", list.len());
    println!("end of main");
}
