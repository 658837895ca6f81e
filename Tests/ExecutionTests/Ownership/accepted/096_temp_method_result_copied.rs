fn main() {
    let len = String::from("temporary").as_str().len();
    let first = vec![3, 4].first().unwrap() + 1;
    println!("{} {}", len, first);
}
