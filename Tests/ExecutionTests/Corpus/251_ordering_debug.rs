use std::cmp::Ordering;

fn compare_lengths(a: &str, b: &str) -> Ordering {
    a.len().cmp(&b.len())
}

fn main() {
    let pairs = [("apple", "fig"), ("kiwi", "pear"), ("a", "banana")];
    for (a, b) in pairs {
        let result = compare_lengths(a, b);
        println!("{} vs {}: {:?}", a, b, result);
    }
    println!("{:?}", 'a'.cmp(&'b'));
    println!("{:?}", true.cmp(&false));
    println!("{:?}", "zebra".cmp("apple"));
    let word = String::from("hello");
    let other = String::from("help");
    println!("{:?}", word.cmp(&other));
    println!("size of Ordering: {}", std::mem::size_of::<Ordering>());
    let o = 5.cmp(&5);
    if o == Ordering::Equal {
        println!("equal!");
    }
    println!("{:?} {:?}", o.reverse(), Ordering::Less.reverse());
}
