fn main() {
    let x = 5;
    let r = &x;
    let rr = &r;
    let copy = **rr;
    let r2 = *rr;
    println!("{} {} {} {}", x, r, copy, r2);
}
