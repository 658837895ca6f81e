// Box<T>: a heap value with one owner; deref, mutate, move, and drop with the box.
struct Noisy {
    name: char,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut b = Box::new(5);
    *b += 1;
    println!("b = {}, *b * 2 = {}", b, *b * 2);
    let big = Box::new([1u64; 1000]);
    println!("big len {} sum of two {}", big.len(), big[0] + big[999]);
    let list = Node {
        value: 1,
        next: Some(Box::new(Node { value: 2, next: Some(Box::new(Node { value: 3, next: None })) })),
    };
    let mut total = 0;
    let mut current = &list;
    loop {
        total += current.value;
        match &current.next {
            Some(next) => current = next,
            None => break,
        }
    }
    println!("list total {}", total);
    let first = Box::new(Noisy { name: 'f' });
    let moved = first;
    println!("moved box holds {}", moved.name);
    let nested = Box::new(Box::new(Noisy { name: 'n' }));
    println!("nested holds {}", nested.name);
    println!("{}", std::mem::size_of_val(&nested));
    println!("end of main");
}
