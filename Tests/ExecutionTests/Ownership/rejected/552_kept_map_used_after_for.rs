fn main() {
    let v = vec![1, 2, 3];
    let doubled = v.iter().map(|x| x * 2);
    for d in doubled {
        println!("{}", d);
    }
    let total: i32 = doubled.sum();
    println!("{}", total);
}
