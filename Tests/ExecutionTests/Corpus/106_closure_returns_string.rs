fn main() {
    let separator = String::from(", ");
    let join_two = |a: &str, b: &str| -> String {
        let mut out = String::new();
        out.push_str(a);
        out.push_str(&separator);
        out.push_str(b);
        out
    };
    let s = join_two("left", "right");
    println!("{s} ({} bytes, capacity {})", s.len(), s.capacity());

    let shout = |text: &str| text.to_uppercase() + "!";
    println!("{}", shout("hello"));

    let mut calls = 0;
    let mut twice = |x: i32| {
        calls += 1;
        x * 2
    };
    let once = twice(1);
    let again = twice(once);
    let r = twice(again);
    println!("r = {r}, calls = {calls}");
}
