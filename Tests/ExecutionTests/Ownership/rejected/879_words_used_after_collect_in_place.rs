// The Vec of words is moved into `into_iter()`: its buffer now belongs to `lengths`.
fn main() {
    let words = vec![String::from("sun"), String::from("moon")];
    let lengths: Vec<usize> = words.into_iter().map(|w| w.len()).collect();
    println!("{:?}", lengths);
    println!("{}", words.len());
}
