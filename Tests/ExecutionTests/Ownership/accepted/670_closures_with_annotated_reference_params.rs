// Closures kept in variables whose parameters are written as references may return what
// they compute (a length, a copy, a new String, a literal), and closures passed straight to
// a method take their signature from it, so they may hand back a borrow of their argument.
fn main() {
    let words = vec![String::from("kiwi"), String::from("banana"), String::from("fig")];
    let len = |s: &str| s.len();
    let shout = |s: &str| s.to_uppercase();
    let size_word = |s: &str| if s.len() > 4 { "long" } else { "short" };
    let biggest = |v: &[i32]| v.iter().max().copied();
    let count_words = |s: &str| s.split_whitespace().count();
    for w in &words {
        println!("{w}: {} {} {}", len(w), shout(w), size_word(w));
    }
    println!("{:?} {}", biggest(&[4, 9, 2]), count_words("a b  c"));
    let views: Vec<&str> = words.iter().map(|s: &String| s.as_str()).collect();
    let firsts: Vec<&str> = words.iter().map(|s: &String| &s[..1]).collect();
    let long = words.iter().find(|s: &&String| s.len() > 4);
    println!("{:?} {:?} {:?}", views, firsts, long);
    let pick = |s| s;
    println!("{}", pick("unannotated"));
}
