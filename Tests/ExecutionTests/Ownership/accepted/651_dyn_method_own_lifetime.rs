// A trait object's method whose result borrows only its argument: the box may go first.
trait Picker {
    fn pick<'a>(&self, text: &'a str) -> &'a str;
}

struct First;

impl Picker for First {
    fn pick<'a>(&self, text: &'a str) -> &'a str {
        &text[..1]
    }
}

fn main() {
    let text = String::from("kept");
    let picked;
    {
        let picker: Box<dyn Picker> = Box::new(First);
        picked = picker.pick(&text);
    }
    println!("{}", picked);
}
