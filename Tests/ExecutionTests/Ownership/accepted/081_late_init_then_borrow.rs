fn main() {
    let s = String::from("late");
    let r;
    r = &s;
    let len;
    if r.len() > 2 {
        len = r.len();
    } else {
        len = 0;
    }
    println!("{} {}", r, len);
}
