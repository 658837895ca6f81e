// An iterator of our own used the ways the library's are: nested loops, break, take_while.
struct Squares {
    n: u32,
}

impl Squares {
    fn new() -> Squares {
        Squares { n: 0 }
    }
}

impl Iterator for Squares {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        self.n += 1;
        Some(self.n * self.n)
    }
}

fn sum_below(limit: u32) -> u32 {
    Squares::new().take_while(|s| *s < limit).sum()
}

fn main() {
    for a in Squares::new().take(3) {
        for b in Squares::new() {
            if b > a {
                println!("after {a} comes the square {b}");
                break;
            }
        }
    }

    println!("squares below 50 add up to {}", sum_below(50));

    let big: Vec<u32> = Squares::new().skip_while(|s| *s < 100).take(3).collect();
    println!("the first three from 100 on: {:?}", big);

    let mut squares = Squares::new();
    let first = squares.next();
    let rest: Vec<u32> = squares.take(2).collect();
    println!("{:?} then {:?}", first, rest);

    let odd_count = Squares::new().take(10).filter(|s| s % 2 == 1).count();
    println!("{odd_count} odd squares among the first ten");

    let position = Squares::new().position(|s| s > 30);
    println!("the first square above 30 is number {:?}", position);

    let (even, odd): (Vec<u32>, Vec<u32>) = Squares::new().take(9).partition(|s| s % 2 == 0);
    println!("even {:?}, odd {:?} (capacities {} and {})", even, odd, even.capacity(), odd.capacity());
}
