// Constructors that allocate exactly len bytes: to_string, String::from, to_owned, clone.
fn main() {
    let a = "hello world".to_string();
    println!("{:?} len {} cap {}", a, a.len(), a.capacity());
    let b = String::from("Lindsey");
    println!("{:?} len {} cap {}", b, b.len(), b.capacity());
    let c = "owned".to_owned();
    println!("{:?} len {} cap {}", c, c.len(), c.capacity());
    let d = String::from("");
    println!("{:?} len {} cap {}", d, d.len(), d.capacity());
    let mut e = String::with_capacity(50);
    e.push_str("twelve bytes");
    let f = e.clone();
    println!("with_capacity(50): len {} cap {}; clone cap {}", e.len(), e.capacity(), f.capacity());
    let mut g = String::with_capacity(5);
    println!("with_capacity(5): {}", g.capacity());
    g.push_str("hello");
    println!("+ hello: {}", g.capacity());
    g.push_str(" world");
    println!("+ world: {}", g.capacity());
    g.push('!');
    println!("+ !: {}", g.capacity());
    g.push_str(" nineteen bytes more");
    println!("+ 20 bytes: {} (len {})", g.capacity(), g.len());
    let h = g.as_str().to_string();
    println!("as_str().to_string(): len {} cap {}", h.len(), h.capacity());
    let unicode = String::from("héllo");
    println!("{} len {} cap {}", unicode, unicode.len(), unicode.capacity());
}
