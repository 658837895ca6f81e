struct Message {
    body: String,
}

impl Message {
    fn into_body(&self) -> String {
        self.body
    }
}

fn main() {
    let m = Message { body: String::from("hi") };
    println!("{}", m.into_body());
}
