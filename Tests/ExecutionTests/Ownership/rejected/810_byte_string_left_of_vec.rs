// std compares a Vec with a byte string, but not a byte string with a Vec:
// `&[u8; 2] == Vec<u8>` has no PartialEq impl.
fn main() {
    let mut reply = Vec::new();
    reply.push(b'o');
    reply.push(b'k');
    if b"ok" == reply {
        println!("all good");
    }
}
