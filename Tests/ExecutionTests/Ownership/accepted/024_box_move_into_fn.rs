fn unbox(b: Box<i32>) -> i32 {
    *b * 2
}

fn main() {
    let b = Box::new(21);
    let c = b;
    println!("{}", unbox(c));
    let b = Box::new(5);
    println!("{}", unbox(b));
}
