use std::io;

fn main() {
    let mut text = String::from("start:");
    loop {
        match io::stdin().read_line(&mut text) {
            Ok(0) => {
                println!("end of input");
                break;
            }
            Ok(n) => println!("read {} bytes, now {:?}", n, text),
            Err(e) => {
                // The bad line is consumed; the String keeps what it had (and its capacity).
                println!("error: {:?}", e);
                println!("text still {:?}, capacity {}", text, text.capacity());
                break;
            }
        }
    }
    let mut again = String::new();
    let result = io::stdin().read_line(&mut again);
    println!("{:?} {:?}", result, again);
    // The next line is not UTF-8 either: expect panics with the error.
    let mut last = String::new();
    io::stdin().read_line(&mut last).expect("bad input");
    println!("never printed: {}", last);
}
