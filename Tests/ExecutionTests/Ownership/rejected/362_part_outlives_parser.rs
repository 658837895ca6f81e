struct Wrapper<'a> {
    inner: &'a String,
}

impl<'a> Wrapper<'a> {
    fn get(&self) -> &String {
        self.inner
    }
}

fn main() {
    let got;
    {
        let s = String::from("abc");
        let w = Wrapper { inner: &s };
        got = w.get();
    }
    println!("{}", got);
}
