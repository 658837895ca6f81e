// Building a struct literal outside its module when one field is private.
mod config {
    #[derive(Debug)]
    pub struct Settings {
        pub volume: u8,
        pub muted: bool,
        version: u32,
    }

    pub fn defaults() -> Settings {
        Settings { volume: 5, muted: false, version: 1 }
    }
}

fn main() {
    let d = config::defaults();
    println!("{:?}", d);
    let loud = config::Settings { volume: 10, muted: false, version: 2 };
    println!("{:?}", loud);
}
