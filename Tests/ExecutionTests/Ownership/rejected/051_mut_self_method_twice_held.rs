struct Notes {
    lines: Vec<String>,
}

impl Notes {
    fn last_line(&mut self) -> &mut String {
        let n = self.lines.len();
        &mut self.lines[n - 1]
    }
}

fn main() {
    let mut notes = Notes { lines: vec![String::from("one"), String::from("two")] };
    let a = notes.last_line();
    let b = notes.last_line();
    a.push('?');
    b.push('!');
}
