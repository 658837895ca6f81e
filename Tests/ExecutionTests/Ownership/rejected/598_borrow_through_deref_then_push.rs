use std::ops::{Deref, DerefMut};

struct Inbox {
    messages: Vec<String>,
}

impl Deref for Inbox {
    type Target = Vec<String>;
    fn deref(&self) -> &Self::Target {
        &self.messages
    }
}

impl DerefMut for Inbox {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.messages
    }
}

fn main() {
    let mut inbox = Inbox { messages: vec![String::from("hi")] };
    let first = &inbox[0];
    inbox.push(String::from("second"));
    println!("{}", first);
}
