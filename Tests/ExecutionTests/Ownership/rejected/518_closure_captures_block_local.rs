// A closure that hands back a borrow of a String it captured: the String dies with its block.
fn main() {
    let shout;
    {
        let word = String::from("hello");
        let upper = || word.as_str();
        shout = upper();
    }
    println!("{}", shout);
}
