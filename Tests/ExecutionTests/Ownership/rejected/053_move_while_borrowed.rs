fn main() {
    let s = String::from("moved");
    let r = &s;
    let t = s;
    println!("{} {}", r, t);
}
