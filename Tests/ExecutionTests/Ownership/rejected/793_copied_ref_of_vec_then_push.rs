fn main() {
    let mut text = String::from("hi");
    let r: &str = &text;
    let rr = &r;
    let copy: &str = *rr;
    text.push('!');
    println!("{}", copy);
}
