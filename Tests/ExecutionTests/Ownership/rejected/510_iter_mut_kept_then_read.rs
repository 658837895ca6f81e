// Read the vector while an iter_mut() over it is still going to be used.
fn main() {
    let mut scores = vec![1, 2, 3];
    let mut editor = scores.iter_mut();
    println!("first score {}", scores[0]);
    if let Some(score) = editor.next() {
        *score += 10;
    }
}
