fn main() {
    let mut v = vec![1, 2, 3, 4];
    let evens = v.iter().filter(|x| *x % 2 == 0);
    v.push(5);
    for e in evens {
        println!("{}", e);
    }
}
