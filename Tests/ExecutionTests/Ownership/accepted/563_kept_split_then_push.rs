// A kept `split` borrows the text only while it is used: once the last piece is taken, the
// `String` can grow again.
fn main() {
    let mut line = String::from("a,b,c");
    let mut parts = line.split(',');
    let first = parts.next().unwrap().to_string();
    let second = parts.next().unwrap().len();
    line.push_str(",d");
    println!("{first} {second} {line}");
}
