// Turning bytes from "a file" into text with String::from_utf8_lossy: valid bytes are
// borrowed as they are, broken ones are copied into a new String with U+FFFD in their place.
use std::borrow::Cow;

fn describe(label: &str, text: &Cow<str>) {
    match text {
        Cow::Borrowed(_) => println!("{label}: borrowed {} bytes", text.len()),
        Cow::Owned(_) => println!("{label}: owned {} bytes", text.len()),
    }
}

fn main() {
    let good = vec![104u8, 101, 108, 108, 111];
    let text = String::from_utf8_lossy(&good);
    println!("{}", text);
    println!("{:?}", text);
    describe("good", &text);

    let broken = vec![72u8, 105, 0xFF, 33, 0xE2, 0x82];
    let fixed = String::from_utf8_lossy(&broken);
    println!("{} / {:?} / {}", fixed, fixed, fixed.len());
    describe("broken", &fixed);

    let owned: String = fixed.into_owned();
    println!("{owned} len {} cap {}", owned.len(), owned.capacity());

    let copy = String::from_utf8_lossy(&good).to_string();
    println!("{copy} cap {}", copy.capacity());

    let kept = String::from_utf8_lossy(&good).into_owned();
    println!("{kept} cap {}", kept.capacity());

    let empty: Vec<u8> = Vec::new();
    let nothing = String::from_utf8_lossy(&empty);
    println!("[{}] {} {}", nothing, nothing.len(), nothing.is_empty());

    let accents = "héllo wörld".as_bytes().to_vec();
    let mut cut = accents.clone();
    cut.truncate(2);
    let half = String::from_utf8_lossy(&cut);
    println!("{:?} {}", half, half.len());
    println!("{:>8}|", String::from_utf8_lossy(&accents[..6]));

    println!("a Cow<str> is {} bytes", std::mem::size_of::<Cow<str>>());
    println!("an Option<Cow<str>> is {} bytes", std::mem::size_of::<Option<Cow<str>>>());
}
