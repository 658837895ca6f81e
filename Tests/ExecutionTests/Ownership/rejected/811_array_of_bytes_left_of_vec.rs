// Dereferencing the byte string gives an array, and `[u8; 2] == Vec<u8>` has no impl either.
fn main() {
    let reply: Vec<u8> = "ok".bytes().collect();
    let matches = *b"ok" == reply;
    println!("{}", matches);
}
