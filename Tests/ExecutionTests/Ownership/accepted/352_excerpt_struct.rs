struct ImportantExcerpt<'a> {
    part: &'a str,
}

impl<'a> ImportantExcerpt<'a> {
    fn level(&self) -> i32 {
        3
    }

    fn announce_and_return_part(&self, announcement: &str) -> &str {
        println!("Attention please: {announcement}");
        self.part
    }

    fn part(&self) -> &'a str {
        self.part
    }
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = &novel[0..15];
    let i = ImportantExcerpt { part: first_sentence };
    println!("{}", i.part);
    println!("level {}", i.level());
    let p = i.announce_and_return_part("hello");
    println!("{}", p);
    let kept;
    {
        let e = ImportantExcerpt { part: &novel };
        kept = e.part();
    }
    println!("{}", kept.len());
}
