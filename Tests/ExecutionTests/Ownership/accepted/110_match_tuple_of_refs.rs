fn compare(a: &String, b: &String) -> i32 {
    match (a.len(), b.len()) {
        (x, y) if x > y => 1,
        (x, y) if x < y => -1,
        _ => 0,
    }
}

fn main() {
    let mut a = String::from("aaa");
    let b = String::from("bb");
    let c = compare(&a, &b);
    a.clear();
    println!("{} {}", c, compare(&a, &b));
}
