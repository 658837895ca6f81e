fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (left, right) = v.split_at_mut(2);
    left[0] += right[1];
    right[0] = left[1];
    println!("{:?}", v);
    v.push(5);
    println!("{}", v.len());
}
