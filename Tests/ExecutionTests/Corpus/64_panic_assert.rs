// assert! failure without a message shows the condition's source text.
fn main() {
    let balance = 50;
    assert!(balance > 0);
    println!("balance positive");
    let withdrawal = 80;
    assert!(withdrawal <= balance * 2);
    println!("withdrawal allowed");
    assert!(balance - withdrawal >= 0);
    println!("never printed");
}
