struct Scorer {
    bonus: i32,
}

impl Scorer {
    fn best(&self, v: Vec<i32>) -> &i32 {
        let mut best = &v[0];
        for x in &v {
            if *x + self.bonus > *best {
                best = x;
            }
        }
        best
    }
}

fn main() {
    let s = Scorer { bonus: 0 };
    println!("{}", s.best(vec![3, 8, 1]));
}
