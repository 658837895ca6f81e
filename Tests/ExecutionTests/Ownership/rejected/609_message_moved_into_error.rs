use std::error::Error;

fn validate(name: &str) -> Result<(), Box<dyn Error>> {
    let message = format!("{} is not allowed", name);
    if name == "root" {
        let e: Box<dyn Error> = message.into();
        println!("rejecting: {}", message);
        return Err(e);
    }
    Ok(())
}

fn main() {
    println!("{:?}", validate("ann").is_ok());
}
