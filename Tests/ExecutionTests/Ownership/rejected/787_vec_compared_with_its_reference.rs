// Comparing a Vec with a reference to a Vec: `&` on one side only.
fn check(list: &Vec<i32>) -> bool {
    let sorted = {
        let mut s = list.clone();
        s.sort();
        s
    };
    sorted == list
}

fn main() {
    println!("{}", check(&vec![1, 2, 3]));
}
