fn main() {
    let mut v = vec![1, 2, 3];
    let mut i = 0;
    while i < v.len() {
        if v[i] % 2 == 1 {
            let doubled = v[i] * 2;
            v.push(doubled);
        }
        i += 1;
        if i > 5 {
            break;
        }
    }
    println!("{:?}", v);
}
