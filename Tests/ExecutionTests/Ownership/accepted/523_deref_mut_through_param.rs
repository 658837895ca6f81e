use std::ops::{Deref, DerefMut};

struct Meters(f64);

impl Deref for Meters {
    type Target = f64;
    fn deref(&self) -> &f64 {
        &self.0
    }
}

impl DerefMut for Meters {
    fn deref_mut(&mut self) -> &mut f64 {
        &mut self.0
    }
}

fn stretch(m: &mut Meters) {
    **m *= 2.0;
}

fn main() {
    let mut m = Meters(1.5);
    stretch(&mut m);
    let r = &*m;
    println!("{}", r);
    *m += 1.0;
    println!("{}", *m);
}
