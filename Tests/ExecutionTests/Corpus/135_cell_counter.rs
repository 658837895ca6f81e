// A Cell lets a shared value change: get copies it out, set puts a new one in.
use std::cell::Cell;

struct Visits {
    count: Cell<u32>,
    name: &'static str,
}

fn visit(page: &Visits) {
    // `page` is a shared reference, yet the count goes up.
    page.count.set(page.count.get() + 1);
}

fn main() {
    let home = Visits { count: Cell::new(0), name: "home" };
    visit(&home);
    visit(&home);
    visit(&home);
    println!("{} visited {} times", home.name, home.count.get());

    let old = home.count.replace(100);
    println!("replace gave back {}, now {}", old, home.count.get());

    let taken = home.count.take();
    println!("take gave back {}, left {}", taken, home.count.get());
    println!("{:?}", home.count);

    println!("size of Cell<u32>: {}", std::mem::size_of::<Cell<u32>>());
    println!("size of Cell<u8>: {}", std::mem::size_of::<Cell<u8>>());
    println!("size of Option<Cell<bool>>: {}", std::mem::size_of::<Option<Cell<bool>>>());
    println!("size of Option<bool>: {}", std::mem::size_of::<Option<bool>>());
    println!("size of Visits: {}", std::mem::size_of::<Visits>());

    let flag = Cell::new(true);
    flag.set(!flag.get());
    println!("flag is now {}", flag.into_inner());
}
