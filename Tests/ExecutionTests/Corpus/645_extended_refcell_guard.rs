use std::cell::RefCell;
use std::rc::Rc;

struct Player {
    score: i32,
    name: String,
    pos: (i32, i32),
}

fn main() {
    let player = Rc::new(RefCell::new(Player { score: 10, name: String::from("ada"), pos: (1, 2) }));
    {
        // The `Ref` made here lives as long as `name`, not just this statement.
        let name = &player.borrow().name;
        println!("name {}", name);
        println!("can write? {}", player.try_borrow_mut().is_ok());
    }
    println!("after block {}", player.try_borrow_mut().is_ok());

    {
        let y = &player.borrow().pos.1;
        println!("y {} writable {}", y, player.try_borrow_mut().is_ok());
    }

    // Copying out of the guard does not keep it.
    let score = player.borrow().score;
    player.borrow_mut().score += 5;
    println!("score was {}, now {}", score, player.borrow().score);

    let numbers = RefCell::new(vec![4, 5, 6]);
    {
        let first = &numbers.borrow()[0];
        let index_guard_gone = numbers.borrow()[numbers.borrow().len() - 1];
        println!("first {} last {}", first, index_guard_gone);
        println!("numbers writable {}", numbers.try_borrow_mut().is_ok());
    }
    numbers.borrow_mut().push(7);

    let text = RefCell::new(String::from("hi"));
    {
        let whole = &*text.borrow();
        println!("{} {}", whole, text.try_borrow_mut().is_ok());
    }
    text.borrow_mut().push('!');
    println!("{}", text.borrow());

    let name = &player.borrow().name;
    println!("{}", name);
    player.borrow_mut().score = 0;
    println!("never printed");
}
