// The list's lifetime is named, the item's is not: rustc asks for it.
fn replace_first<'a>(list: &mut Vec<&'a str>, item: &str) {
    list[0] = item;
}

fn main() {
    let mut v = vec!["a", "b"];
    replace_first(&mut v, "c");
    println!("{:?}", v);
}
