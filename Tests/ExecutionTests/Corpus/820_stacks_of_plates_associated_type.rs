// A stack trait whose element type each impl chooses, with a default method using it.
trait Stack {
    type Elem;
    fn push_one(&mut self, e: Self::Elem);
    fn pop_one(&mut self) -> Option<Self::Elem>;
    fn top(&self) -> Option<&Self::Elem>;
    fn drain_all(&mut self) -> Vec<Self::Elem> {
        let mut out = Vec::new();
        while let Some(e) = self.pop_one() {
            out.push(e);
        }
        out
    }
}

#[derive(Debug)]
struct Plates {
    plates: Vec<String>,
}

impl Stack for Plates {
    type Elem = String;
    fn push_one(&mut self, e: String) {
        self.plates.push(e);
    }
    fn pop_one(&mut self) -> Option<String> {
        self.plates.pop()
    }
    fn top(&self) -> Option<&String> {
        self.plates.last()
    }
}

impl Stack for Vec<u8> {
    type Elem = u8;
    fn push_one(&mut self, e: u8) {
        self.push(e);
    }
    fn pop_one(&mut self) -> Option<u8> {
        self.pop()
    }
    fn top(&self) -> Option<&u8> {
        self.last()
    }
}

fn move_top<S: Stack>(from: &mut S, to: &mut S) -> bool {
    match from.pop_one() {
        Some(e) => {
            to.push_one(e);
            true
        }
        None => false,
    }
}

fn has_top(s: &impl Stack) -> bool {
    s.top().is_some()
}

fn main() {
    let mut a = Plates { plates: vec![String::from("red")] };
    let mut b = Plates { plates: Vec::new() };
    a.push_one(String::from("blue"));
    println!("moved: {}", move_top(&mut a, &mut b));
    println!("moved: {}", move_top(&mut a, &mut b));
    println!("moved: {}", move_top(&mut a, &mut b));
    println!("{:?} {:?} top {:?}", a, b, b.top());
    let all = b.drain_all();
    println!("{:?} capacity {}", all, all.capacity());
    let mut bytes: Vec<u8> = vec![1, 2];
    bytes.push_one(9);
    println!("{:?} {} {}", bytes.drain_all(), has_top(&bytes), has_top(&a));
}
