#[derive(Debug, Clone, Copy)]
struct M;
#[derive(Debug)]
struct Empty;
fn main() {
    let v = vec![M, M];
    println!("{} {} {:?} {:?}", v.len(), v.capacity(), v, v[1]);
    println!("{:?}", Box::new(Empty));
    let u = *Box::new(());
    println!("{:?}", u);
}
