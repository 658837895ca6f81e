fn main() {
    let s = String::from("shared");
    let a = &s;
    let b = &s;
    let c = a;
    println!("{} {} {} {}", a, b, c, s);
}
