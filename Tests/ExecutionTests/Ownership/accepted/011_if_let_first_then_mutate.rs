fn main() {
    let mut v = vec![5, 6, 7];
    if let Some(x) = v.first() {
        println!("first is {}", x);
    }
    v.push(8);
    println!("{:?}", v);
}
