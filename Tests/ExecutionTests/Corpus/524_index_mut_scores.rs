use std::ops::{Index, IndexMut};

#[derive(Debug)]
struct Scores {
    names: Vec<String>,
    points: Vec<u32>,
}

impl Index<usize> for Scores {
    type Output = u32;

    fn index(&self, i: usize) -> &Self::Output {
        &self.points[i]
    }
}

impl IndexMut<usize> for Scores {
    fn index_mut(&mut self, i: usize) -> &mut Self::Output {
        &mut self.points[i]
    }
}

fn main() {
    let mut s = Scores {
        names: vec![String::from("ana"), String::from("bo")],
        points: vec![0, 0],
    };
    for round in 0..4 {
        let winner = round % 2;
        s[winner] += 3;
        if round == 3 {
            s[0] += 1;
        }
    }
    for i in 0..s.names.len() {
        println!("{} has {} points", s.names[i], s[i]);
    }
    let best = if s[0] > s[1] { 0 } else { 1 };
    println!("winner: {}", s.names[best]);
    println!("{:?}", s);
}
