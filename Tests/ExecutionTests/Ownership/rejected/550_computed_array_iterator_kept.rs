// The same with a value computed at run time: a temporary, dropped at the end
// of the statement while the iterator still borrows it.
fn main() {
    let first = 7;
    let mut digits = [first, 8, 9].iter();
    println!("{:?}", digits.next());
}
