fn take_inner(r: &String) -> String {
    *r
}

fn main() {
    let s = String::from("inner");
    println!("{}", take_inner(&s));
}
