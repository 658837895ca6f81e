struct Holder {
    text: &'a str,
}

fn main() {
    let h = Holder { text: "hi" };
    println!("{}", h.text);
}
