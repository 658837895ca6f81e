fn main() {
    let mut list: Vec<i32>;
    list.push(1);
    println!("{:?}", list);
}
