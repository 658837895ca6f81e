// In an `else if` chain every branch is measured against the return type.
fn grade(score: u32) -> String {
    if score >= 90 {
        String::from("A")
    } else if score >= 50 {
        "pass"
    } else {
        String::from("fail")
    }
}

fn main() {
    println!("{}", grade(70));
}
