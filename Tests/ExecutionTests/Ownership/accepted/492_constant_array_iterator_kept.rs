// An iterator over an array of literals kept in a variable: the array is a
// promoted constant, so it outlives the statement.
fn main() {
    let mut digits = [7u8, 8, 9].iter();
    println!("{:?}", digits.next());
    let rest: Vec<&u8> = digits.collect();
    println!("{:?}", rest);
}
