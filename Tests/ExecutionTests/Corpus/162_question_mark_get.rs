// The `?` operator returns early from a function that yields an Option.
fn first_plus_one(values: &Vec<i32>) -> Option<i32> {
    let first = values.get(0)?;
    Some(*first + 1)
}

fn main() {
    let v = vec![41];
    println!("{:?}", first_plus_one(&v));
}
