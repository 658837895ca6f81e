fn main() {
    let owned = String::from("config");
    // The annotation promises the text lives for the whole program.
    let s: &'static str = &owned;
    println!("{}", s);
}
