struct C(i32, i32);
struct P { x: i32, name: String }
fn main() {
    let c = C(1, 2);
    let C(a, b) = c;
    println!("{} {} {}", a, b, c.0);
    let p = P { x: 3, name: String::from("n") };
    let P { x, .. } = p;
    println!("{} {}", x, p.name);
    let t = (String::from("s"), 5);
    let (_, k) = t;
    println!("{} {}", k, t.0);
}
