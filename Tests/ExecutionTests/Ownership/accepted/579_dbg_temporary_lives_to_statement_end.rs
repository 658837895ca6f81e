// `dbg!` is a `match` on its argument: the argument's temporaries live to the statement's end.
fn main() {
    let length = dbg!(String::from("a b").as_str()).len();
    let first = dbg!(String::from("p q").split(' ').next()).unwrap().len();
    let small = u8::try_from(String::from("abc").len()).unwrap();
    let a = 12;
    let b = 3;
    let order = a.to_string().cmp(&b.to_string()).then_with(|| a.to_string().len().cmp(&b.to_string().len()));
    println!("{} {} {} {:?}", length, first, small, order);
}
