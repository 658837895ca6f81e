struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn part(&self) -> &'a str {
        self.part
    }
}

fn main() {
    let kept;
    {
        let novel = String::from("Call me Ishmael.");
        let e = Excerpt { part: &novel };
        kept = e.part();
    }
    println!("{}", kept);
}
