fn main() {
    let mut v = vec![3, 1, 2];
    let biggest = &v[0];
    if *biggest > 2 {
        println!("big start {}", biggest);
    }
    v.clear();
    v.push(42);
    println!("{:?}", v);
}
