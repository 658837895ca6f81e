// `let b = a;` with no type written moves the `&mut` out of `a`: it is not `Copy`.
fn main() {
    let mut scores = vec![10, 20];
    let a = &mut scores;
    let b = a;
    b.push(30);
    a.push(40);
    println!("{:?}", scores);
}
