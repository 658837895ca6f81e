fn fill(buf: &mut String) {
    buf.push_str("data");
}

fn main() {
    let mut s = String::new();
    let r = &mut s;
    fill(r);
    println!("{}", s);
}
