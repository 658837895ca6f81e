// Byte strings and byte literals: `b"hello"` is a `&'static [u8; 5]` in the binary.
fn greeting() -> &'static [u8; 5] {
    b"hello"
}

fn count_vowels(bytes: &[u8]) -> usize {
    let mut n = 0;
    for &b in bytes {
        if b == b'a' || b == b'e' || b == b'i' || b == b'o' || b == b'u' {
            n += 1;
        }
    }
    n
}

fn main() {
    let g = greeting();
    println!("{:?}", g);
    println!("len {} size of the reference {}", g.len(), std::mem::size_of_val(&g));
    println!("first byte {} is {:?}", g[0], g[0] as char);

    let path = br"C:\temp";
    println!("{:?} has {} bytes", path, path.len());
    let escaped = b"tab\there\xff\0";
    println!("{:?}", escaped);

    println!("vowels in hello: {}", count_vowels(g));
    println!("vowels: {}", count_vowels(b"programming in rust"));

    let text = "hello";
    println!("same bytes: {}", text.as_bytes() == g);
    println!("different: {}", text.as_bytes() != b"world");

    let high = b'\xff';
    let digit = b'7';
    println!("{} {} {}", high, digit, digit.is_ascii_digit());
    println!("{}", (digit - b'0') as u32 * 10);

    for b in b"AZ" {
        print!("{}={} ", b, *b as char);
    }
    println!();
    let upper: Vec<u8> = g.iter().map(|b| b.to_ascii_uppercase()).collect();
    println!("{:?}", upper);
    let mut total: u32 = 0;
    for b in text.bytes().rev() {
        total = total * 2 + b as u32;
        print!("{} ", b as char);
    }
    println!("{}", total);
    println!("{}", text.as_bytes()[1]);
}
