fn main() {
    let mut fib = vec![1, 1];
    for _ in 0..5 {
        let a = fib[fib.len() - 1];
        let b = *fib.get(fib.len() - 2).unwrap();
        fib.push(a + b);
    }
    println!("{:?}", fib);
}
