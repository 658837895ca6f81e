fn is_palindrome(s: &str) -> bool {
    let bytes = s.as_bytes();
    let n = bytes.len();
    for i in 0..n / 2 {
        if bytes[i] != bytes[n - 1 - i] {
            return false;
        }
    }
    true
}

fn main() {
    for word in "level rust noon racecar hello".split_whitespace() {
        println!("{}: {}", word, is_palindrome(word));
    }
    let mut vowels = 0;
    for b in "programming in rust".bytes() {
        if b == b'a' || b == b'e' || b == b'i' || b == b'o' || b == b'u' {
            vowels += 1;
        }
    }
    println!("vowels: {}", vowels);
}
