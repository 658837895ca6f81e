// Pieces of a temporary String used within the same statement: the String lives until
// the statement ends, so its pieces are still valid there.
fn shout(text: &str) -> String {
    text.to_uppercase()
}

fn main() {
    println!("{}", String::from("x y").split(' ').last().unwrap());
    println!("{}", String::from("x y").split(' ').next().unwrap());
    println!("{:?}", String::from("x y z").split(' ').nth(1));
    println!("{}", String::from("x y z").split(' ').count());
    println!("{:?}", String::from("x y z").split(' ').collect::<Vec<_>>());

    let text = String::from("first line\nsecond line");
    println!("{}", text.to_uppercase().lines().last().unwrap());
    println!("{:?}", shout(&text).split_whitespace().max());

    // Copied out before the statement ends: the copy outlives the temporary.
    let last_word = String::from("red green blue").split(' ').last().unwrap().to_string();
    println!("{last_word}");
}
