// Each element of a written tuple is coerced on its own: `&String` to `&str`,
// `&Vec<i32>` to `&[i32]`, and a reference cloned where `T` has no Clone.
fn first_of<T>(items: &[T]) -> &T {
    let r = &items[0];
    r.clone()
}

fn main() {
    let name = String::from("memtutor");
    let nums = vec![3, 1, 2];
    let pair: (&str, &[i32]) = (&name, &nums);
    println!("{} {:?}", pair.0, pair.1);
    let first = first_of(&nums);
    println!("{} {}", first, name.len());
}
