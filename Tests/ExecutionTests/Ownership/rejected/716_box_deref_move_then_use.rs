// `*b` moves the String out of the box: `b` has nothing left to print.
fn main() {
    let b = Box::new(String::from("boxed"));
    let inner = *b;
    println!("{}", inner);
    println!("{}", b);
}
