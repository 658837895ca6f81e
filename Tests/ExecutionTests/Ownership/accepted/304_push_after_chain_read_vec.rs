fn main() {
    let mut v = vec![1, 2, 3];
    let total: i32 = v.iter().map(|x| x + v.len() as i32).sum();
    v.push(total);
    println!("{:?}", v);
}
