fn main() {
    let s = String::from("hi");
    let f = move || println!("{s}");
    f();
    println!("{s}");
}
