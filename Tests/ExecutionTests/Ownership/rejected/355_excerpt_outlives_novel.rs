struct ImportantExcerpt<'a> {
    part: &'a str,
}

fn main() {
    let i;
    {
        let novel = String::from("Call me Ishmael. Some years ago...");
        i = ImportantExcerpt { part: &novel[0..15] };
    }
    println!("{}", i.part);
}
