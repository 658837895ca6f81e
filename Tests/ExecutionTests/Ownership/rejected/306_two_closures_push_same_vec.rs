fn main() {
    let mut v = vec![1];
    let mut push = || v.push(2);
    let mut push2 = || v.push(3);
    push();
    push2();
}
