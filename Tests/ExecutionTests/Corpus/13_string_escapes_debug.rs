// Debug escapes strings and chars; Display prints them raw.
fn main() {
    let s = "tab\there";
    println!("{}", s);
    println!("{:?}", s);
    let q = "she said \"hi\"";
    println!("{} / {:?}", q, q);
    let apostrophe = "it's";
    println!("{:?} {:?} {:?}", apostrophe, '\'', '"');
    let lines = "one\ntwo\r\n";
    println!("{:?}", lines);
    let slash = "C:\\dir";
    println!("{} {:?}", slash, slash);
    println!("{:?} {:?}", '\\', '\n');
    println!("{:?}", "nul\0bell\u{7}del\u{7f}");
    println!("{:?}", "héllo wörld ♥ 🦀");
    println!("{:?}", 'é');
    println!("{:?}", '\t');
    println!("{:?}", ' ');
    let words = vec!["a\"b", "c\\d", "e'f"];
    println!("{:?}", words);
    let c = Some('\n');
    println!("{:?}", c);
    println!("{:?}", String::from("owned\ttoo"));
    println!("{:#?}", ("x\ty", 'z'));
}
