// A for loop over an iterator we wrote: it calls next() until None.
struct Countdown {
    remaining: u8,
}

impl Iterator for Countdown {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        if self.remaining == 0 {
            return None;
        }
        let current = self.remaining;
        self.remaining -= 1;
        Some(current)
    }
}

fn main() {
    for n in (Countdown { remaining: 3 }) {
        println!("{n}...");
    }
    println!("liftoff!");

    let mut countdown = Countdown { remaining: 2 };
    while let Some(n) = countdown.next() {
        println!("still {n}");
    }
    println!("after the loop: {:?}", countdown.next());

    let first_two: Vec<u8> = Countdown { remaining: 10 }.take(2).collect();
    println!("{:?} (capacity {})", first_two, first_two.capacity());
}
