struct Wrapper(&i32);

fn main() {
    let n = 5;
    let w = Wrapper(&n);
    println!("{}", w.0);
}
