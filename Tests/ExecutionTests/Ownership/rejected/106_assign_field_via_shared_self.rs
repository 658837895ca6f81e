struct Light {
    on: bool,
}

impl Light {
    fn toggle(&self) {
        self.on = !self.on;
    }
}

fn main() {
    let l = Light { on: false };
    l.toggle();
    println!("{}", l.on);
}
