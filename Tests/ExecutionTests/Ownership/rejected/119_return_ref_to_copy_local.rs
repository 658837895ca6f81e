fn pick(a: &i32, b: &i32) -> &i32 {
    let sum = *a + *b;
    if sum > 10 {
        return &sum;
    }
    a
}

fn main() {
    let x = 4;
    let y = 9;
    println!("{}", pick(&x, &y));
}
