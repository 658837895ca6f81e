// clone() through a reference: with T: Clone it clones the value; on a
// reference to a type without Clone it copies the reference.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn dup<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn same<T>(x: &T) -> &T {
    x.clone()
}

fn main() {
    let word = String::from("hello");
    let (a, b) = dup(&word);
    println!("{} {} {}", a, b, a.as_ptr() == b.as_ptr());
    println!("{:?}", dup(&vec![1u8, 2]));

    let p = Point { x: 3, y: 4 };
    let r = &p;
    let q = same(r);
    println!("{:?} {} {}", q, same(&5), std::mem::size_of_val(&q));
    println!("{} {}", same(&p).x, same(&p).y);
}
