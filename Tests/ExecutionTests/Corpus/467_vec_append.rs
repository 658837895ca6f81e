// Merging two score lists with append: the second list is emptied but keeps its buffer.
fn main() {
    let mut a = vec![1, 2, 3];
    let mut b = vec![4, 5, 6, 7];
    println!("{} {}", a.capacity(), b.capacity());
    a.append(&mut b);
    println!("{:?} {} {}", a, a.len(), a.capacity());
    println!("{:?} {} {}", b, b.len(), b.capacity());
    b.push(9);
    let mut c: Vec<(char, f64)> = Vec::new();
    let mut d = vec![('x', 1.5)];
    c.append(&mut d);
    c.append(&mut vec![('y', 2.0), ('z', 0.5)]);
    println!("{:?} {} {:?} {}", c, c.capacity(), d, b[0]);
    let mut e: Vec<u8> = Vec::with_capacity(1);
    e.append(&mut vec![1, 2]);
    println!("{:?} {}", e, e.capacity());
}
