fn append(buf: &mut String, word: &str) {
    buf.push_str(word);
}

fn main() {
    let mut s = String::new();
    let r = &mut s;
    append(&mut *r, "one ");
    append(r, "two");
    r.push('.');
    println!("{}", s);
}
