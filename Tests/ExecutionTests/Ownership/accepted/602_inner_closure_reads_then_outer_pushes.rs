fn main() {
    let mut v = vec![1, 2, 3];
    let mut grow = |k: i32| {
        let last = || *v.last().unwrap();
        let next = last() * k;
        v.push(next);
    };
    grow(2);
    grow(3);
    let first = &v[0];
    println!("{} {:?}", first, v);
}
