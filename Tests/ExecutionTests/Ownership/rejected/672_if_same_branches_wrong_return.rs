// Both branches agree with each other, but not with the return type: the first is reported.
fn count_label(n: usize) -> usize {
    if n == 1 {
        "one"
    } else {
        "many"
    }
}

fn main() {
    println!("{}", count_label(2));
}
