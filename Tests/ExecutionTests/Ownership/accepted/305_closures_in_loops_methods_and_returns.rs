struct Counter { n: u32 }
impl Counter {
    fn bump(&mut self) { self.n += 1; }
    fn total(&self) -> u32 {
        let double = |x: u32| x * 2;
        double(self.n)
    }
}
fn main() {
    for i in 0..3 {
        let f = |x| x + i;
        println!("{}", f(1));
    }
    let v = vec![10, 20, 30];
    let first = || &v[0];
    println!("{}", first());
    let check = |x: i32| -> &str {
        if x < 0 {
            return "negative";
        }
        "non-negative"
    };
    println!("{} {}", check(-1), check(5));
    let mut c = Counter { n: 1 };
    c.bump();
    println!("{}", c.total());
    let name = String::from("x");
    let greet = |greeting: &str| format!("{greeting}, {name}!");
    let s = greet("hi");
    println!("{s} {}", s.capacity());
    let mut list = Vec::new();
    let mut add = |x| list.push(x);
    add(1);
    add(2);
    println!("{:?}", list);
}
