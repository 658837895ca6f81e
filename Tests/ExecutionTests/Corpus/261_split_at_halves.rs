fn sum(xs: &[i32]) -> i32 {
    let mut total = 0;
    for x in xs {
        total += x;
    }
    total
}

fn main() {
    let v = vec![4, 8, 15, 16, 23, 42];
    let (left, right) = v.split_at(v.len() / 2);
    println!("{:?} {:?}", left, right);
    println!("{} vs {}", sum(left), sum(right));
    let arr = [1, 2, 3];
    let (a, b) = arr.split_at(0);
    println!("{:?} {:?} {}", a, b, a.is_empty());
    let (c, d) = arr.split_at(5);
    println!("{:?} {:?}", c, d);
}
