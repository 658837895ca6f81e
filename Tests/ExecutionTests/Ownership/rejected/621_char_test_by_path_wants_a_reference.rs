fn main() {
    let c = '7';
    println!("{}", char::is_ascii_digit(c));
}
