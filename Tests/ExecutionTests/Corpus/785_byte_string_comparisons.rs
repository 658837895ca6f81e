// Comparing collected bytes with byte strings: a Vec<u8>, a &[u8] and an array
// compare with b"..." through std's PartialEq impls, element by element.
fn read_command(input: &str) -> Vec<u8> {
    let mut bytes = Vec::new();
    for b in input.trim().bytes() {
        bytes.push(b.to_ascii_lowercase());
    }
    bytes
}

fn is_quit(cmd: &[u8]) -> bool {
    cmd == b"quit" || cmd == b"q"
}

fn main() {
    let cmd = read_command("  HI \n");
    println!("{:?} == b\"hi\": {}", cmd, cmd == b"hi");
    println!("cmd == *b\"hi\": {}", cmd == *b"hi");
    println!("&cmd == b\"hi\": {}", &cmd == b"hi");
    println!("cmd != b\"ho\": {}", cmd != b"ho");

    let slice: &[u8] = &cmd;
    println!("slice == b\"hi\": {}", slice == b"hi");
    println!("slice == *b\"hi\": {}", slice == *b"hi");
    println!("b\"hi\" == slice: {}", b"hi" == slice);
    println!("*b\"hi\" == *slice: {}", *b"hi" == *slice);
    println!("b\"hi\" == &cmd[..]: {}", b"hi" == &cmd[..]);

    let text = String::from("hi");
    println!("as_bytes: {}", text.as_bytes() == b"hi");
    println!("as_slice: {}", cmd.as_slice() == b"hi");

    for line in ["QUIT", "q", "help"] {
        let c = read_command(line);
        println!("{} -> quit? {}", line, is_quit(&c));
    }

    let greeting = *b"hey";
    println!("array == b\"hey\": {} {}", greeting == *b"hey", &greeting == b"hey");
    let mut owned = greeting.to_vec();
    owned.push(b'!');
    println!("{:?} {} {}", owned, owned == b"hey!", owned.len());
    assert_eq!(owned, b"hey!");
    assert_eq!(&owned[..3], b"hey");
}
