use std::borrow::Cow;

fn clean(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

fn main() {
    let mut buffer = vec![b'o', b'k', 0xFF];
    let text = clean(&buffer);
    let owned: String = text.into_owned();
    buffer.clear();
    buffer.extend_from_slice(b"fine");
    let again = clean(&buffer);
    println!("{owned} {again} {}", again.len());
}
