// A borrow passed where `T: 'static` is asked: rustc's E0597 comes from the bound, which
// memtutor does not carry into the borrow check, so the call is refused.
use std::fmt::Debug;

fn keep<T>(item: T)
where
    T: Debug + 'static,
{
    println!("{:?}", item);
}

fn main() {
    let name = String::from("ferris");
    keep(&name);
}
