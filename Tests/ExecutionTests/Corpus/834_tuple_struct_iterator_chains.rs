// An iterator written as a tuple struct, built in place with `Countdown(n)` and chained
// straight away: `map`, `zip`, `partition` and `min_by_key` on the constructor's value.
struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

struct Squares {
    n: u64,
}

impl Iterator for Squares {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        self.n += 1;
        Some(self.n * self.n)
    }
}

fn main() {
    let labels: Vec<String> = Countdown(5).map(|n| n.to_string()).collect();
    println!("{}", labels.join("-"));
    let pairs: Vec<(u32, u64)> = Countdown(4).zip(Squares { n: 0 }.skip(1)).collect();
    println!("{:?}", pairs);
    let (small, large): (Vec<u32>, Vec<u32>) = Countdown(8).partition(|&n| n < 4);
    println!("small {:?} large {:?}", small, large);
    let closest = Countdown(6).min_by_key(|n| (*n as i32 - 3).abs());
    println!("closest to 3: {:?}", closest);
    let total: u32 = Countdown(10).filter(|n| n % 3 == 0).sum();
    println!("multiples of 3 sum to {total}");
    let mut cd = Countdown(2);
    println!("{:?} {:?} {:?}", cd.next(), cd.next(), cd.next());
    println!("size_of Countdown = {}", std::mem::size_of::<Countdown>());
}
