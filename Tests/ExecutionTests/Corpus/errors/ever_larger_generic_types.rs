// Each call wraps the value once more: rustc stops at its recursion limit while instantiating.
use std::fmt::Debug;
fn wrap<T: Debug>(t: T, n: u32) {
    if n == 0 {
        println!("{:?}", t);
    } else {
        wrap(Some(t), n - 1);
    }
}
fn main() {
    wrap(1, 3);
}
