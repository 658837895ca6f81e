// `let [first, _] = names;` moves `names[0]` out: the array is partly moved.
fn main() {
    let names = [String::from("Ada"), String::from("Grace")];
    let [first, _] = names;
    println!("first: {}", first);
    println!("all: {:?}", names);
}
