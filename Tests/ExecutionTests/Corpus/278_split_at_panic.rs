fn main() {
    println!("cutting a 4-byte word");
    let word = [b'r', b'u', b's', b't'];
    let (head, tail) = word.split_at(1);
    println!("{:?} {:?}", head, tail);
    let cut = word.len() + 2;
    let (a, b) = word.split_at(cut);
    println!("{:?} {:?}", a, b);
}
