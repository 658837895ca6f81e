fn main() {
    let mut v = vec![3, 1, 2];
    let mut calls = 0;
    v.sort_by(|a, b| {
        calls += 1;
        a.cmp(b)
    });
    v.push(calls);
    println!("{:?}", v);
}
