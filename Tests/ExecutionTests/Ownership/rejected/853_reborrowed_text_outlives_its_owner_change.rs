// `&**rr` reborrows the string `rr` points at through `r`: the string stays borrowed.
fn main() {
    let mut s = String::from("a");
    let r = &s;
    let rr = &r;
    let w: &str = &**rr;
    s.push('x');
    println!("{w}");
}
