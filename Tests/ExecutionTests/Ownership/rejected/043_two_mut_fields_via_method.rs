struct Pair {
    left: Vec<i32>,
    right: Vec<i32>,
}

impl Pair {
    fn left_mut(&mut self) -> &mut Vec<i32> {
        &mut self.left
    }
    fn right_mut(&mut self) -> &mut Vec<i32> {
        &mut self.right
    }
}

fn main() {
    let mut p = Pair { left: vec![], right: vec![] };
    let l = p.left_mut();
    let r = p.right_mut();
    l.push(1);
    r.push(2);
}
