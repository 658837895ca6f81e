fn main() {
    let mut v = vec![1, 2];
    let total = {
        let r = &v;
        r[0] + r[1]
    };
    v.push(total);
    println!("{:?}", v);
}
