use std::mem;

fn main() {
    let mut front = vec![1, 2];
    let mut back = vec![3];
    mem::swap(&mut front, &mut back);
    println!("{:?} {:?}", front, back);
}
