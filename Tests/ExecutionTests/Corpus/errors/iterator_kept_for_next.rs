fn main() {
    let line = String::from("ada, 36");
    let mut parts = line.split(", ");
    let name = parts.next().unwrap();
    let age = parts.next().unwrap();
    println!("{name} is {age}");
}
