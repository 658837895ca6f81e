fn main() {
    let v = vec![5, 6, 7];
    let mut p = v.iter().peekable();
    while let Some(&n) = p.peek() {
        p.next();
        println!("{}", n);
    }
    let r = p.peek().copied();
    p.next();
    println!("{:?}", r);
}
