fn show(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let data = vec![1, 2, 3];
    let mut i = 0;
    while i < 2 {
        println!("{}", show(data));
        i += 1;
    }
}
