// `?` on an `Option` in a function that returns a `Result`.
fn first_word(line: &str) -> Result<String, String> {
    let word = line.split(' ').next()?;
    Ok(word.to_string())
}

fn main() {
    println!("{:?}", first_word("hello world"));
}
