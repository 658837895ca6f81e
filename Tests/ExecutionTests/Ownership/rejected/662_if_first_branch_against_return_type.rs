// The function's return type decides what each branch must be: the first branch is the mismatch.
fn label(n: i32) -> String {
    if n > 0 {
        "positive"
    } else {
        String::from("not positive")
    }
}

fn main() {
    println!("{}", label(3));
}
