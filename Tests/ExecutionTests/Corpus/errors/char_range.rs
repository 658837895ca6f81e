fn main() {
    for c in 'a'..'d' {
        print!("{c}");
    }
    println!();
    let letters = ('a'..='e').collect::<String>();
    println!("{letters}");
}
