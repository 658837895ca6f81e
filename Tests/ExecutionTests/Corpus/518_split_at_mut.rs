// Two mutable halves of one buffer.
fn main() {
    let mut arr = [0u8; 6];
    let (a, b) = arr.split_at_mut(3);
    a[0] = 1;
    b[0] = 2;
    b[2] += 5;
    println!("{} {}", a.len(), b.len());
    println!("{:?}", arr);
    let mut v = vec![1, 2, 3, 4, 5];
    {
        let (left, right) = v.split_at_mut(2);
        left[1] += right[0];
        std::mem::swap(&mut left[0], &mut right[2]);
        println!("{:?} {:?}", left, right);
    }
    v.push(6);
    let (all, none) = v.split_at_mut(6);
    all[5] = 60;
    println!("{:?} {:?}", all, none);
    let (_, rest) = v.split_at_mut(9);
    println!("{:?}", rest);
}
