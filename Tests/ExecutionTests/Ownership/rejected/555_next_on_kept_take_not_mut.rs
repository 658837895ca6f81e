fn main() {
    let v = vec![1, 2, 3];
    let firsts = v.iter().take(2);
    println!("{:?}", firsts.next());
}
