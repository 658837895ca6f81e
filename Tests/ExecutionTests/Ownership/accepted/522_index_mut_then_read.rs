use std::ops::{Index, IndexMut};

struct Tally {
    counts: [u32; 3],
}

impl Index<usize> for Tally {
    type Output = u32;
    fn index(&self, i: usize) -> &u32 {
        &self.counts[i]
    }
}

impl IndexMut<usize> for Tally {
    fn index_mut(&mut self, i: usize) -> &mut u32 {
        &mut self.counts[i]
    }
}

fn main() {
    let mut t = Tally { counts: [0; 3] };
    let slot = &mut t[1];
    *slot += 5;
    t[2] = t[1] * 2;
    let seen = &t[2];
    println!("{} {}", seen, t[0]);
}
