// RefCell checks borrows while the program runs: each Ref counts up, a RefMut takes it all.
use std::cell::RefCell;

fn main() {
    let scores = RefCell::new(vec![10, 20, 30]);
    println!("RefCell<Vec<i32>> is {} bytes", std::mem::size_of::<RefCell<Vec<i32>>>());
    println!("RefCell<i32> is {} bytes", std::mem::size_of::<RefCell<i32>>());
    println!("RefCell<u8> is {} bytes", std::mem::size_of::<RefCell<u8>>());

    {
        let first = scores.borrow();
        let second = scores.borrow();
        println!("two readers: {} and {}", first.len(), second[1]);
        println!("while they read: {:?}", scores);
    }

    scores.borrow_mut().push(40);
    println!("after push: {:?}", scores.borrow());
    println!("len {}", scores.borrow().len());

    {
        let mut writer = scores.borrow_mut();
        writer[0] = 11;
        writer.push(50);
        println!("while writing: {:?}", scores);
    }
    println!("after writing: {:?}", scores);

    let total = RefCell::new(0);
    for score in scores.borrow().iter() {
        *total.borrow_mut() += score;
    }
    println!("total {}", total.borrow());

    let inside = scores.into_inner();
    println!("taken out: {:?} (cap {})", inside, inside.capacity());
}
