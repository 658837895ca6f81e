// A `move` closure inside a closure takes the outer closure's captured `String`, which makes
// the outer closure `FnOnce`.
fn main() {
    let s = String::from("hi");
    let outer = || {
        let inner = move || s.len();
        inner()
    };
    println!("{}", outer());
}
