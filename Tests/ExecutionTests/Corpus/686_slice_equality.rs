// Slices compare element by element (and by length), whether borrowed from a Vec, an array
// or a byte string.
fn is_header(bytes: &[u8]) -> bool {
    bytes == b"GIF8"
}

fn main() {
    let a: &[u8] = &[1, 2];
    let b: &[u8] = &[1, 3];
    println!("{} {}", a == b, a != b);
    println!("{} {}", a < b, a > b);

    let v = vec![10, 20, 30];
    let w = vec![10, 20, 31];
    println!("{}", v[..2] == w[..2]);
    println!("{}", &v[..] == &w[..]);
    println!("{}", v[1..] < w[1..]);

    let days = [1, 2, 3, 4];
    let weekend = &days[2..];
    println!("{}", weekend == &[3, 4]);
    let short: &[i32] = &[10, 20];
    println!("{}", short == &v[..2]);
    println!("{}", short == &v[..]);

    let file = vec![b'G', b'I', b'F', b'8', b'9', b'a'];
    println!("{}", is_header(&file[..4]));
    println!("{}", is_header(&file[1..5]));
    let tail: &[u8] = &file[4..];
    println!("{} {}", tail == [b'9', b'a'], [b'9', b'a'] != tail);
    let name = String::from("GIF8");
    println!("{}", is_header(name.as_bytes()));
}
