// Iterators that are made and never pulled from: Rust still evaluates
// what they are built from, and drops what they own at once.
struct Ticket(u32);

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket {} torn up", self.0);
    }
}

fn load_scores() -> Vec<u32> {
    println!("loading scores");
    vec![7, 3, 9]
}

fn main() {
    let tickets = vec![Ticket(1), Ticket(2)];
    tickets.into_iter();
    println!("after into_iter");

    load_scores().iter();

    let doubled = vec![1, 2, 3];
    doubled.iter().map(|x| {
        println!("never printed {}", x);
        x * 2
    });

    let more = vec![Ticket(3)];
    let _ = more.into_iter();
    println!("after let _");

    let width = doubled.len() - 3;
    println!("chunk width {}", width);
    doubled.chunks(width);
    println!("not reached");
}
