// A custom error type that implements std::error::Error, returned through Box<dyn Error>.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
enum BankError {
    Insufficient { needed: u32, available: u32 },
    Frozen,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::Insufficient { needed, available } => {
                write!(f, "need {} but only {} available", needed, available)
            }
            BankError::Frozen => write!(f, "account is frozen"),
        }
    }
}

impl Error for BankError {}

fn withdraw(balance: u32, amount: u32) -> Result<u32, BankError> {
    if amount > balance {
        return Err(BankError::Insufficient { needed: amount, available: balance });
    }
    Ok(balance - amount)
}

fn parse_amount(text: &str) -> Result<u32, Box<dyn Error>> {
    let amount: u32 = text.trim().parse()?;
    Ok(amount)
}

fn transaction(balance: u32, request: &str) -> Result<u32, Box<dyn Error>> {
    let amount = parse_amount(request)?;
    let left = withdraw(balance, amount)?;
    Ok(left)
}

fn describe(e: &dyn Error) -> String {
    format!("<{}>", e)
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("Box<dyn Error> is {} bytes", std::mem::size_of::<Box<dyn Error>>());
    println!("BankError is {} bytes", std::mem::size_of::<BankError>());

    for request in ["30", "500", "ten", " 70 "] {
        match transaction(100, request) {
            Ok(left) => println!("{:>5}: ok, {} left", request, left),
            Err(e) => println!("{:>5}: failed: {}", request, e),
        }
    }

    let frozen: Box<dyn Error> = Box::new(BankError::Frozen);
    println!("{} / {:?} / {}", frozen, frozen, frozen.to_string().len());
    println!("{}", describe(frozen.as_ref()));
    println!("{}", describe(&BankError::Frozen));

    let left = transaction(100, "40")?;
    println!("still have {}", left);
    transaction(left, "99")?;
    println!("never printed");
    Ok(())
}
