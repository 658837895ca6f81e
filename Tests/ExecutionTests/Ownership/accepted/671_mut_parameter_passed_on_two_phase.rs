// A `&mut` parameter passed on as it is (to a method or a function) is reborrowed in two
// phases, as an auto-referenced receiver is: the other arguments may still read through it.
struct Inventory {
    counts: Vec<u32>,
}

impl Inventory {
    fn get(&self, i: usize) -> Option<&u32> {
        self.counts.get(i)
    }
    fn add(&mut self, n: u32) {
        self.counts.push(n);
    }
}

fn record(list: &mut Vec<u32>, n: u32) {
    list.push(n);
}

fn restock(inv: &mut Inventory) {
    let first = inv.get(0).unwrap();
    inv.add(*first);
    let last = inv.counts.last().unwrap();
    Inventory::add(inv, *last + 1);
}

fn log_length(list: &mut Vec<u32>) {
    record(list, list.len() as u32);
    let head = list.first().unwrap();
    record(list, *head * 10);
}

fn main() {
    let mut inv = Inventory { counts: vec![3] };
    restock(&mut inv);
    let mut log = vec![7];
    log_length(&mut log);
    println!("{:?} {:?}", inv.counts, log);
}
