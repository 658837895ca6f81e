fn main() {
    let v = vec![1, 2, 3];
    let mut count = 0;
    let d: Vec<i32> = v.iter().map(|x| { count += 1; x * 2 }).collect();
    println!("{count} {:?}", d);
}
