fn split_first<'a>(s: &'a str) -> (&'a str, &'a str) {
    (&s[..1], &s[1..])
}
fn choose<'a>(flag: bool, x: &'a i32, y: &'a i32) -> &'a i32 { if flag { x } else { y } }
fn main() {
    let word = String::from("hello");
    let (h, rest) = split_first(&word);
    println!("{} {}", h, rest);
    let a = 1;
    let c;
    {
        let b = 2;
        c = *choose(true, &a, &b);
    }
    println!("{}", c);
}
