use std::collections::BinaryHeap;

fn main() {
    let mut names = BinaryHeap::new();
    {
        let name = String::from("zoe");
        names.push(&name);
    }
    names.push(&String::from("amy"));
    println!("{:?}", names.peek());
}
