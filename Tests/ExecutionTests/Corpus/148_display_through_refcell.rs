// A type with its own Display, kept in an Rc<RefCell<..>> and printed through the guard.
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

struct Account {
    owner: String,
    cents: i64,
}

impl fmt::Display for Account {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}.{:02}", self.owner, self.cents / 100, self.cents % 100)
    }
}

fn pay(from: &Rc<RefCell<Account>>, to: &Rc<RefCell<Account>>, cents: i64) {
    from.borrow_mut().cents -= cents;
    to.borrow_mut().cents += cents;
}

fn main() {
    let alice = Rc::new(RefCell::new(Account { owner: String::from("alice"), cents: 1050 }));
    let bob = Rc::new(RefCell::new(Account { owner: String::from("bob"), cents: 0 }));
    let also_alice = Rc::clone(&alice);

    pay(&alice, &bob, 325);
    pay(&also_alice, &bob, 5);

    println!("{}", alice.borrow());
    println!("{}", bob.borrow());
    let line = bob.borrow().to_string();
    println!("{} ({} bytes)", line, line.len());
    println!("alice has {} owners", Rc::strong_count(&alice));
}
