// A tokenizer that keeps its separator in a field: a `char` field is a `char` pattern,
// a `String` field (borrowed) is a `&str` pattern.
struct Tokenizer {
    sep: char,
    comment: String,
    quotes: (char, char),
}

impl Tokenizer {
    fn has_separator(&self, line: &str) -> bool {
        line.contains(self.sep)
    }

    fn fields<'a>(&self, line: &'a str) -> Vec<&'a str> {
        line.split(self.sep).map(|f| f.trim()).collect()
    }

    fn is_comment(&self, line: &str) -> bool {
        line.starts_with(&self.comment)
    }

    fn unquote<'a>(&self, field: &'a str) -> &'a str {
        field.trim_start_matches(self.quotes.0).trim_end_matches(self.quotes.1)
    }
}

fn main() {
    let t = Tokenizer { sep: ';', comment: String::from("//"), quotes: ('<', '>') };
    let lines = ["// header", "name; <ferris>; 7", "plain"];
    for line in lines {
        if t.is_comment(line) {
            println!("skip {:?}", line);
        } else if t.has_separator(line) {
            let parts = t.fields(line);
            println!("{} fields, first sep at {:?}", parts.len(), line.find(t.sep));
            for p in &parts {
                println!("  [{}]", t.unquote(p));
            }
        } else {
            println!("no {:?} in {:?}", t.sep, line);
        }
    }
    let r = &t;
    println!("{:?}", "a;b".split_once(r.sep));
}
