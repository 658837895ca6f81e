use std::ops::AddAssign;

#[derive(Debug)]
struct Score {
    points: u32,
}

impl AddAssign<u32> for Score {
    fn add_assign(&mut self, extra: u32) {
        self.points += extra;
    }
}

fn main() {
    let score = Score { points: 0 };
    score += 10;
    println!("{:?}", score);
}
