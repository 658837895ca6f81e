fn main() {
    let mut text = String::from("hi");
    {
        let m = &mut text;
        m.push_str(" there");
    }
    let r = &text;
    println!("{}", r);
}
