use std::collections::HashMap;

// The index borrows the names, which are dropped at the end of the inner block.
fn main() {
    let index: HashMap<&str, usize>;
    {
        let names = vec![String::from("Ada"), String::from("Grace")];
        index = names.iter().enumerate().map(|(i, n)| (n.as_str(), i)).collect();
    }
    println!("{:?}", index.get("Ada"));
}
