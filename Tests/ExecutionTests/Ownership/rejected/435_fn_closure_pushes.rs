// A closure that pushes into a Vec, passed where an Fn is wanted.
fn for_each_number<F: Fn(i32)>(f: F) {
    for i in 1..4 {
        f(i);
    }
}

fn main() {
    let mut seen = Vec::new();
    for_each_number(|n| seen.push(n));
    println!("{:?}", seen);
}
