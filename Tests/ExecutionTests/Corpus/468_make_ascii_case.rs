// Shouting and whispering a greeting in place: the bytes change, the buffer stays.
fn main() {
    let mut s = String::from("Hello, Wörld!");
    let before = s.as_ptr();
    s.make_ascii_uppercase();
    println!("{} {} {} {}", s, s.len(), s.capacity(), before == s.as_ptr());
    s.make_ascii_lowercase();
    println!("{}", s);
    let mut name = String::new();
    name.make_ascii_uppercase();
    println!("[{}]", name);
}
