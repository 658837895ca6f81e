// Turning bytes back into text: String::from_utf8 keeps the Vec's buffer,
// and a failure hands the bytes back inside the error.
fn decode(bytes: Vec<u8>) -> Result<String, std::string::FromUtf8Error> {
    String::from_utf8(bytes)
}

fn describe(bytes: &[u8]) {
    match std::str::from_utf8(bytes) {
        Ok(text) => println!("{:?} is the text {:?}", bytes, text),
        Err(e) => println!(
            "{:?}: {} (valid up to {}, error_len {:?})",
            bytes,
            e,
            e.valid_up_to(),
            e.error_len()
        ),
    }
}

fn main() {
    let mut raw = Vec::new();
    for b in b"hello" {
        raw.push(*b);
    }
    println!("len {} cap {}", raw.len(), raw.capacity());
    let text = String::from_utf8(raw).unwrap();
    println!("{} len {} cap {}", text, text.len(), text.capacity());

    let cafe = vec![99u8, 97, 102, 195, 169];
    match decode(cafe) {
        Ok(s) => println!("decoded {} ({} chars)", s, s.chars().count()),
        Err(e) => println!("failed: {}", e),
    }

    let broken = vec![104u8, 105, 0xff, 33];
    match decode(broken) {
        Ok(s) => println!("decoded {}", s),
        Err(e) => {
            println!("failed: {}", e);
            println!("debug: {:?}", e);
            let inner = e.utf8_error();
            println!("inner: {:?} / {}", inner, inner);
            let bytes = e.into_bytes();
            println!("got back {:?} with cap {}", bytes, bytes.capacity());
        }
    }

    let cut = vec![0xe2u8, 0x82];
    let err = String::from_utf8(cut).unwrap_err();
    println!("{} | {}", err, err.to_string().len());

    describe(b"ok");
    describe(&[0xf0, 0x9f, 0x92, 0x96]);
    let mut surrogate = vec![0xed, 0xa0, 0x80];
    describe(&surrogate);
    surrogate[0] = 0xe2;
    describe(&surrogate);
    describe(&[0x61, 0xf0, 0x9f, 0x41]);
    describe(&[0xf0, 0x9f, 0x92]);
    describe(&[0xc0, 0xaf]);

    let last = String::from_utf8(vec![195u8]).unwrap();
    println!("never printed {}", last);
}
