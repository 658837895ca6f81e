// A failed String::from_utf8 hands the Vec back: into_bytes moves it out of the error.
fn main() {
    let bytes = vec![104u8, 0xff];
    let back = match String::from_utf8(bytes) {
        Ok(text) => text.into_bytes(),
        Err(e) => e.into_bytes(),
    };
    println!("{:?}", back);
}
