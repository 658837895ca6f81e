use std::cell::RefCell;

fn first(scores: &RefCell<Vec<i32>>) -> &i32 {
    &scores.borrow()[0]
}

fn main() {
    let scores = RefCell::new(vec![7, 8]);
    println!("{}", first(&scores));
}
