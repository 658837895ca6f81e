use std::error::Error;

#[derive(Debug)]
struct ConfigError {
    key: String,
}

impl Error for ConfigError {}

fn main() {
    let e = ConfigError { key: String::from("port") };
    println!("{:?}", e);
}
