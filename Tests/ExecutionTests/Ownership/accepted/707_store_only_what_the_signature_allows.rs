// Methods and helpers that take borrowed text without keeping it, next to ones that keep it.
struct Stack<T> {
    items: Vec<T>,
}
impl<T: PartialEq> Stack<T> {
    fn new() -> Self { Stack { items: Vec::new() } }
    fn push(&mut self, x: T) { self.items.push(x); }
    fn has(&mut self, x: &T) -> bool { self.items.contains(x) }
    fn len(&self) -> usize { self.items.len() }
}
struct Log<'a> {
    lines: Vec<&'a str>,
    count: usize,
}
impl<'a> Log<'a> {
    fn note(&mut self, s: &str) { self.count += s.len(); }
    fn keep(&mut self, s: &'a str) { self.lines.push(s); }
}
fn bump(counter: &mut Vec<usize>, s: &str) { counter.push(s.len()); }
fn main() {
    let mut s: Stack<String> = Stack::new();
    {
        let w = String::from("x");
        s.push(w.clone());
        println!("{}", s.has(&w));
    }
    println!("{}", s.len());
    let mut t: Stack<&str> = Stack::new();
    t.push("hi");
    {
        let probe = "hi".to_string();
        let p = probe.as_str();
        let _ = p;
    }
    println!("{}", t.len());
    let text = String::from("alpha beta");
    let mut log = Log { lines: Vec::new(), count: 0 };
    {
        let tmp = String::from("zzz");
        log.note(&tmp);
        log.keep("static");
    }
    for w in text.split(' ') { log.keep(w); }
    println!("{:?} {}", log.lines, log.count);
    let mut lens = Vec::new();
    {
        let tmp = String::from("four");
        bump(&mut lens, &tmp);
    }
    println!("{:?}", lens);
}
