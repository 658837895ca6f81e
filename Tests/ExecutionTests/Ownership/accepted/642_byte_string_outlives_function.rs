// A byte string lives in the binary for the whole run, so a function may return it.
fn magic(kind: u8) -> &'static [u8] {
    if kind == 0 { b"\x89PNG" } else { b"GIF8" }
}

fn main() {
    let header;
    {
        let kind = 1;
        header = magic(kind);
    }
    println!("{:?} {}", header, header.len());
    let first = &b"xyz"[0];
    println!("{}", first);
}
