struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let novel = String::from("Call me Ishmael.");
    let e = Excerpt { part: &novel[0..4] };
    drop(novel);
    println!("{}", e.part);
}
