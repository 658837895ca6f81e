use std::collections::BinaryHeap;

fn main() {
    let text = String::from("pear fig apple kiwi");
    let mut words: BinaryHeap<&str> = text.split(' ').collect();
    let last = words.pop();
    words.push("banana");
    println!("{:?} {:?}", last, words);
    let v = words.into_vec();
    println!("{}", v.len());
}
