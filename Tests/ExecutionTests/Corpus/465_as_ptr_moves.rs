// Does moving or cloning copy the heap text? Compare where the bytes live.
fn main() {
    let a = String::from("same");
    let b = String::from("same");
    println!("equal text: {}, same buffer: {}", a == b, a.as_ptr() == b.as_ptr());

    let start = a.as_ptr();
    let moved = a;
    println!("after a move, same buffer: {}", start == moved.as_ptr());

    let copy = moved.clone();
    println!("after a clone, same buffer: {}", moved.as_ptr() == copy.as_ptr());
    println!("different: {}", moved.as_ptr() != copy.as_ptr());

    let v = vec![7, 8];
    let w = vec![7, 9];
    let p = v.as_ptr();
    let q = w.as_ptr();
    println!("{} {}", p == q, p == v.as_ptr());
}
