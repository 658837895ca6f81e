fn bigger_first(a: &Vec<i32>, b: &Vec<i32>) -> &i32 {
    if a[0] > b[0] { &a[0] } else { &b[0] }
}

fn main() {
    let a = vec![5];
    let b = vec![7];
    println!("{}", bigger_first(&a, &b));
}
