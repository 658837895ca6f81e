// Each piece of a closure `split` borrows the text, not the splitter: pieces kept from
// earlier steps stay usable while the splitter moves on.
fn main() {
    let text = String::from("b1a2c");
    let mut digits = 0;
    let parts: Vec<&str> = text
        .split(|c: char| {
            if c.is_ascii_digit() {
                digits += 1;
                true
            } else {
                false
            }
        })
        .collect();
    println!("{parts:?} {digits}");
    let mut pieces = text.split(|c: char| c.is_ascii_digit());
    let first = pieces.next().unwrap();
    let second = pieces.next().unwrap();
    println!("{first} {second} {:?}", pieces.next());
    let longest = text.split(|c| c == '1' || c == '2').max_by_key(|p| p.len());
    println!("{longest:?}");
}
