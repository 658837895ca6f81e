use std::cmp::Ordering;

#[derive(Debug)]
struct Score {
    who: String,
    points: u32,
}

impl PartialEq for Score {
    fn eq(&self, other: &Self) -> bool {
        self.points == other.points
    }
}

impl Eq for Score {}

impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Score {
    fn cmp(&self, other: &Self) -> Ordering {
        self.points.cmp(&other.points)
    }
}

fn main() {
    let mine = Score { who: String::from("me"), points: 3 };
    let yours = Score { who: String::from("you"), points: 8 };
    let name_len = mine.who.len();
    let mut better = mine.max(yours);
    better.points += name_len as u32;
    println!("{:?}", better);
    let worse = std::cmp::min(better, Score { who: String::from("them"), points: 1 });
    println!("{} is lowest", worse.who);
}
