// std's UTF-8 errors are std::error::Error values: `?` boxes them into
// Box<dyn Error>, or a From impl turns them into an error type of your own.
use std::error::Error;
use std::fmt;
use std::string::FromUtf8Error;

fn total_len(chunks: Vec<Vec<u8>>) -> Result<usize, Box<dyn Error>> {
    let mut total = 0;
    for chunk in chunks {
        let text = String::from_utf8(chunk)?;
        total += text.len();
    }
    let tail = std::str::from_utf8(b"end")?;
    Ok(total + tail.len())
}

#[derive(Debug)]
enum LoadError {
    BadText(FromUtf8Error),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LoadError::BadText(e) => write!(f, "bad text: {}", e),
        }
    }
}

impl From<FromUtf8Error> for LoadError {
    fn from(e: FromUtf8Error) -> Self {
        LoadError::BadText(e)
    }
}

fn load(raw: Vec<u8>) -> Result<String, LoadError> {
    let text = String::from_utf8(raw)?;
    Ok(text.to_uppercase())
}

fn main() {
    println!("{:?}", total_len(vec![b"ab".to_vec(), b"cde".to_vec()]));
    match total_len(vec![b"ok".to_vec(), vec![0x61, 0xe0, 0x80]]) {
        Ok(n) => println!("{}", n),
        Err(e) => println!("error: [{:>50}] {:?}", e, e),
    }
    match load(b"quiet".to_vec()) {
        Ok(s) => println!("{}", s),
        Err(e) => println!("{}", e),
    }
    match load(vec![0xc3, 0x28]) {
        Ok(s) => println!("{}", s),
        Err(e) => println!("{} / {:?}", e, e),
    }
    let greeting = String::from_utf8(vec![104, 105]).expect("valid");
    println!("{}", greeting);
    let broken = String::from_utf8(vec![0xe0, 0x80]).expect("valid utf-8");
    println!("{}", broken);
}
