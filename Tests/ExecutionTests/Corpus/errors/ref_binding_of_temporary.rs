// A `ref` binding of a value made right there.
fn main() {
    let (ref name, age) = (String::from("Ada"), 36);
    println!("{name} {age}");
}
