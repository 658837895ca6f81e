// unwrap on None panics; the location is the unwrap call in the program.
fn first_even(values: &[i32]) -> Option<i32> {
    for v in values {
        if v % 2 == 0 {
            return Some(*v);
        }
    }
    None
}

fn main() {
    let a = first_even(&[3, 5, 8, 9]);
    println!("first even: {}", a.unwrap());
    let b = first_even(&[1, 3]);
    println!("is_none: {}", b.is_none());
    println!("first even: {}", b.unwrap());
}
