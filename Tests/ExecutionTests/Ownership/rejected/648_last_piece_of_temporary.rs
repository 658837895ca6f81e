// The last piece of a temporary String, kept past the statement: E0716.
fn main() {
    let x = String::from("a b").split(' ').last();
    println!("{:?}", x);
}
