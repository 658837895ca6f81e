fn main() {
    let pair = (String::from("left"), String::from("right"));
    let (l, r) = pair;
    let mut combined = l;
    combined.push_str(&r);
    println!("{} {}", combined, r);
}
