// A `&mut` given where a function takes `&mut T` is reborrowed and stays usable; a `&x` or a
// copy given for a `T` moves nothing the caller needs again.
use std::fmt::Debug;
fn show<T: Debug>(t: T) { println!("{:?}", t); }
fn touch<T: Debug>(t: &mut T) { println!("{:?}", t); }
fn main() {
    let mut data = vec![1];
    let a = &mut data;
    touch(a);
    a.push(2);
    show(&a);
    let s = String::from("x");
    show(&s);
    show(s.len());
    println!("{:?}", data);
}
