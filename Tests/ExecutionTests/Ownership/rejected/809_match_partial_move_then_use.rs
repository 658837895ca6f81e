struct P { name: String, age: u32 }
fn main() {
    let s: Option<String> = Some("hi".to_string());
    match s {
        Some(t) => println!("{t}"),
        None => {}
    }
    let p = P { name: "a".into(), age: 3 };
    if let P { name, age: 3 } = p { println!("{name}"); }
    let q = p;
    println!("{:?}", s);
}
