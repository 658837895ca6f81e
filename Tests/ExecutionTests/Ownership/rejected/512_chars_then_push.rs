// Push onto the line while its chars() iterator is still in use.
fn main() {
    let mut line = String::from("hello");
    let mut letters = line.chars();
    line.push('!');
    println!("{:?}", letters.next());
}
