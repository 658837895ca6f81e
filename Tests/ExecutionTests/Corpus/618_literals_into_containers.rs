// Literals and empty containers whose element type is settled by a later use.
use std::cell::RefCell;
use std::collections::HashMap;
use std::mem::size_of_val;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

fn total(v: &Vec<u64>) -> u64 {
    v.iter().sum()
}

fn limit(x: Option<u8>) -> u8 {
    x.unwrap_or(255)
}

fn double(b: Box<i64>) -> i64 {
    *b * 2
}

fn bump(c: &Rc<RefCell<u32>>) {
    *c.borrow_mut() += 1;
}

fn count(m: &HashMap<String, u16>) -> usize {
    m.len()
}

fn main() {
    let big: u64 = 10_000_000_000;
    let mut v = Vec::new();
    v.push(big);
    v.push(1);
    println!("total {} capacity {}", total(&v), v.capacity());

    let mut ages = HashMap::new();
    ages.insert(String::from("ann"), 31);
    let n: u16 = 7;
    ages.insert(String::from("bob"), n);
    println!("{} entries, bob {}", count(&ages), ages["bob"]);

    let small = Some(0);
    println!("limit {} none {} size {}", limit(small), limit(None), size_of_val(&small));

    let b = Box::new(5);
    println!("doubled {}", double(b));

    let shared = Rc::new(RefCell::new(0));
    bump(&shared);
    bump(&shared);
    println!("shared {} in {} bytes", shared.borrow(), size_of_val(&*shared));

    let hits = Arc::new(AtomicUsize::new(0));
    let other = Arc::clone(&hits);
    hits.fetch_add(3, Ordering::SeqCst);
    other.fetch_add(1, Ordering::SeqCst);
    println!("hits {} strong {}", hits.load(Ordering::SeqCst), Arc::strong_count(&hits));
}
