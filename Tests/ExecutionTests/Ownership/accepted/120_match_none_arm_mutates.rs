fn main() {
    let mut v: Vec<i32> = Vec::new();
    let n = match v.first() {
        Some(x) => *x,
        None => {
            v.push(1);
            1
        }
    };
    println!("{} {:?}", n, v);
}
