fn reset(score: &i32) {
    *score = 0;
}

fn main() {
    let mut s = 10;
    reset(&s);
    println!("{}", s);
}
