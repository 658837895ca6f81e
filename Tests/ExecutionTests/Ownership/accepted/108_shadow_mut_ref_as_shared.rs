fn main() {
    let mut data = vec![1, 2, 3];
    let r = &mut data;
    r.push(4);
    let r = &*r;
    println!("{}", r.len());
    data.push(5);
    println!("{:?}", data);
}
