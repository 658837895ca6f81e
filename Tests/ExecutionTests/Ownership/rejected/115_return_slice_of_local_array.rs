fn window(start: &usize) -> &[i32] {
    let arr = [1, 2, 3, 4, 5];
    &arr[*start..]
}

fn main() {
    println!("{:?}", window(&2));
}
