// `&7` is a constant rustc places in the binary: the reference outlives the statement.
fn pick<'a>(a: &'a i32, b: &'a i32) -> &'a i32 {
    if a > b { a } else { b }
}

fn main() {
    let bigger = pick(&3, &7);
    let v = vec![1, 2];
    let missing = v.get(5).unwrap_or(&-1);
    println!("{bigger} {missing}");
}
