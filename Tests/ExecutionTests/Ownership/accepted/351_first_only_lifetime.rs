fn first<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    println!("ignoring {}", y);
    x
}

fn main() {
    let outer = String::from("outer");
    let result;
    {
        let inner = String::from("inner");
        result = first(&outer, &inner);
    }
    println!("{}", result);
}
