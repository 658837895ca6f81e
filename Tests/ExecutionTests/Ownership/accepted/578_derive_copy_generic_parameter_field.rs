// A generic field `T` is fine for `Copy`: the derive asks `T: Copy` of each use.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair<T> {
    left: T,
    right: T,
    tags: [T; 2],
}

fn main() {
    let p = Pair { left: 1, right: 2, tags: [3, 4] };
    let q = p;
    println!("{:?} {:?} {}", p, q, p == q);
}
