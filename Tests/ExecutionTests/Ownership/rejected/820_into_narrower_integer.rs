// A u16 does not fit in a u8 for sure, so there is no `From<u16> for u8`.
fn main() {
    let total: u16 = 300;
    let byte: u8 = total.into();
    println!("{}", byte);
}
