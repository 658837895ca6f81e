fn main() {
    let mut list = vec![100, 200];
    let second = list.get(1);
    println!("{:?}", second);
    list.insert(0, 50);
    println!("{:?}", list);
}
