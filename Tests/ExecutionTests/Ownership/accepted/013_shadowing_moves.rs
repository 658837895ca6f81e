fn main() {
    let s = String::from("one");
    let s = s + " two";
    let s = format!("{} three", s);
    println!("{}", s);
}
