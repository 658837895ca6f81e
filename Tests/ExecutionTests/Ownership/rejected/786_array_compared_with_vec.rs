// std compares a Vec with an array (`v == [1, 2]`), but not an array with a Vec:
// `[T; N] == Vec<U>` has no PartialEq impl.
fn main() {
    let expected = [1, 2, 3];
    let mut got = Vec::new();
    for i in 1..=3 {
        got.push(i);
    }
    if expected == got {
        println!("all there");
    }
}
