// A &str made from bytes on the stack points into the array itself; a String made
// from a Vec keeps the Vec's capacity, and into_bytes gives the buffer back.
#[derive(Debug, Clone, PartialEq)]
struct Packet {
    data: Vec<u8>,
}

fn main() {
    let euro_bytes = [0xe2u8, 0x82, 0xac];
    let euro = std::str::from_utf8(&euro_bytes).unwrap();
    println!("{} is {} bytes, {} char", euro, euro.len(), euro.chars().count());
    println!("{:?}", std::str::from_utf8(&euro_bytes[..2]));
    let greeting = [b'h', b'e', b'y'];
    if let Ok(text) = std::str::from_utf8(&greeting) {
        println!("{} {}", text, text.to_uppercase());
    }

    let packet = Packet { data: b"hello".to_vec() };
    let text = String::from_utf8(packet.data.clone()).unwrap();
    println!("{} {:?}", text, packet);

    let mut buffer = Vec::with_capacity(10);
    buffer.extend_from_slice(b"abc");
    let mut grown = String::from_utf8(buffer).unwrap();
    grown.push_str("def");
    println!("{} len {} cap {}", grown, grown.len(), grown.capacity());
    let raw = grown.into_bytes();
    println!("{:?} cap {}", raw, raw.capacity());

    let empty = String::from_utf8(Vec::new()).unwrap();
    println!("[{}] cap {}", empty, empty.capacity());

    let first = String::from_utf8(vec![0xffu8]).unwrap_err();
    let second = first.clone();
    println!("equal errors: {}", first == second);
    let inner = first.utf8_error();
    let copied = inner;
    println!("{:?} {:?} {:?}", inner, copied, second.as_bytes());
    println!("sizes {} {}", std::mem::size_of_val(&second), std::mem::size_of_val(&inner));
}
