// push_str: one push of n bytes into an empty String gives max(8, n); later pushes double.
fn main() {
    let mut s = String::new();
    print!("push_str(\"hello\") x10:");
    for _ in 0..10 {
        s.push_str("hello");
        print!(" {}", s.capacity());
    }
    println!();
    let mut a = String::new();
    a.push_str("abc");
    let mut b = String::new();
    b.push_str("abcdefgh");
    let mut c = String::new();
    c.push_str("abcdefghi");
    let mut d = String::new();
    d.push_str("abcdefghijklmnopq");
    println!("3 -> {}, 8 -> {}, 9 -> {}, 17 -> {}", a.capacity(), b.capacity(), c.capacity(), d.capacity());
    let mut e = String::new();
    e.push_str("a sentence that is exactly one hundred bytes long, padded out with more words until it gets there!!!");
    println!("{} -> {}", e.len(), e.capacity());
    let mut f = String::from("hi");
    f.push_str(" there, this adds twenty-six");
    println!("{} {} {}", f, f.len(), f.capacity());
    let mut g = String::new();
    g.push_str("");
    println!("empty push_str: {}", g.capacity());
    let mut h = "hello".to_string();
    h.push('!');
    println!("{} {} {}", h, h.len(), h.capacity());
}
