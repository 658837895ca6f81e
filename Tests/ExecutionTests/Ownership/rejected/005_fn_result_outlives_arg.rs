fn first_word(s: &String) -> &str {
    s.as_str()
}

fn main() {
    let chosen;
    {
        let inner = String::from("inner text");
        chosen = first_word(&inner);
    }
    println!("{}", chosen);
}
