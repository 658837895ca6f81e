fn push_twice(v: &mut Vec<i32>, x: i32) {
    push_one(v, x);
    push_one(v, x + 1);
    v.push(0);
}

fn push_one(v: &mut Vec<i32>, x: i32) {
    v.push(x);
}

fn main() {
    let mut v = Vec::new();
    push_twice(&mut v, 1);
    println!("{:?}", v);
}
