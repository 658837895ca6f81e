// A struct's borrowed field replaced through a `&mut` to the struct.
struct Label<'a> {
    text: &'a str,
}

fn main() {
    let mut label = Label { text: "default" };
    {
        let typed = String::from("user input");
        let editor = &mut label;
        editor.text = &typed;
    }
    println!("{}", label.text);
}
