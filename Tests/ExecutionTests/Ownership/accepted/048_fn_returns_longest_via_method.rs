struct Words {
    list: Vec<String>,
}

impl Words {
    fn longest(&self) -> &String {
        let mut best = &self.list[0];
        for w in &self.list {
            if w.len() > best.len() {
                best = w;
            }
        }
        best
    }
}

fn main() {
    let mut w = Words { list: vec![String::from("hi"), String::from("hello")] };
    println!("{}", w.longest());
    w.list.push(String::from("greetings"));
    println!("{}", w.longest());
}
