fn main() {
    let mut v = vec![3, 4, 5];
    let mut i = 0;
    let mut total = 0;
    while let Some(x) = v.get(i) {
        total += x;
        i += 1;
    }
    v.push(total);
    println!("{:?}", v);
}
