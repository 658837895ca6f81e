fn main() {
    let v = vec![10, 20, 30];
    let it;
    it = v.iter();
    for x in it {
        println!("{x}");
    }
}
