// Two independent syntax errors: both are reported.
fn main() {
    let a = 5
    let b = 6;
    println!("{}", area(a, b));
}

fn area(w: i32, h: i32) -> i32 {
    let product = w * h
    product
}
