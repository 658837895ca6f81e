struct Slot {
    item: Option<String>,
}

impl Slot {
    fn grab(&mut self) -> Option<String> {
        self.item.take()
    }
}

fn main() {
    let mut s = Slot { item: Some(String::from("key")) };
    let got = s.grab();
    println!("{:?} {:?}", got, s.item);
}
