// A closure that changes what it captured must itself be `mut` to be called.
fn main() {
    let mut clicks = 0;
    let click = || clicks += 1;
    click();
    click();
    println!("clicks: {}", clicks);
}
