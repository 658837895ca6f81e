fn main() {
    let mut v = vec![1, 2, 3];
    if let Some(first) = v.first() && *first > 0 {
        v.push(4);
        println!("{first}");
    }
}
