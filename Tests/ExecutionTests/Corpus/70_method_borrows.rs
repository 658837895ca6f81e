// Methods that return references (lifetime elision ties them to &self) and a Vec used as a stack.
struct Library {
    titles: Vec<String>,
}

impl Library {
    fn first(&self) -> &str {
        self.titles[0].as_str()
    }

    fn longest(&self) -> &String {
        let mut best = &self.titles[0];
        for t in &self.titles {
            if t.len() > best.len() {
                best = t;
            }
        }
        best
    }

    fn last_mut(&mut self) -> &mut String {
        let last = self.titles.len() - 1;
        &mut self.titles[last]
    }
}

fn main() {
    let mut lib = Library { titles: Vec::new() };
    lib.titles.push(String::from("Dune"));
    lib.titles.push(String::from("Neuromancer"));
    lib.titles.push(String::from("Emma"));
    println!("first {} longest {}", lib.first(), lib.longest());
    lib.last_mut().push_str(" (annotated)");
    println!("{:?}", lib.titles);
    let mut stack: Vec<char> = Vec::new();
    let text = ['(', '[', ']', '(', ')', ')'];
    for c in text {
        match c {
            '(' | '[' => stack.push(c),
            _ => {
                let open = stack.pop();
                println!("closing {} matches {:?}, depth now {}", c, open, stack.len());
            }
        }
    }
    println!("balanced {} cap {}", stack.is_empty(), stack.capacity());
}
