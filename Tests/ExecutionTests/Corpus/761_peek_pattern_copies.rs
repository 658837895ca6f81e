// `Some(&w) = it.peek()` copies the word out, so the loop body may call `next`.
fn main() {
    let v = vec!["one", "two", "three"];
    let mut it = v.iter().peekable();
    let mut out = Vec::new();
    while let Some(&w) = it.peek() {
        it.next();
        out.push(w);
    }
    println!("{:?}", out);

    let numbers = vec![1, 2, 3, 4, 5];
    let mut p = numbers.iter().peekable();
    let mut sums = Vec::new();
    while let Some(a) = p.next() {
        let b: &i32 = match p.peek() {
            Some(&b) => b,
            None => &0,
        };
        p.next();
        sums.push(a + b);
    }
    println!("{:?}", sums);

    let t: &i32 = *numbers.iter().peekable().peek().unwrap();
    println!("{}", t);
}
