// assert_eq! failure prints both sides and the custom message.
fn double(n: i32) -> i32 {
    n + n
}

fn main() {
    assert_eq!(double(2), 4);
    println!("first assertion held");
    let words = vec!["a", "b"];
    assert_eq!(words.len(), 2, "two words");
    println!("second assertion held");
    let expected = 7;
    assert_eq!(double(3), expected, "double({}) should be {}", 3, expected);
    println!("never printed");
}
