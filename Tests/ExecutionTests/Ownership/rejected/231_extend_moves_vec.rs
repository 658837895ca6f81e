// Merging two lists, then printing both.
fn main() {
    let mut list = vec![String::from("apples")];
    let more = vec![String::from("pears"), String::from("plums")];
    list.extend(more);
    println!("list: {:?}", list);
    println!("more: {:?}", more);
}
