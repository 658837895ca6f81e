fn main() {
    let answer: i32;
    answer = 41;
    if answer < 42 {
        answer = 42;
    }
    println!("{}", answer);
}
