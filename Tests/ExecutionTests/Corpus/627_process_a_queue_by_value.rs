// A queue of customers served by value: the loop takes each String out of the VecDeque, and
// the ones left when it stops are dropped with the queue.
use std::collections::{HashSet, VecDeque};

fn main() {
    let mut queue: VecDeque<String> = VecDeque::with_capacity(4);
    queue.push_back(String::from("ann"));
    queue.push_back(String::from("bob"));
    queue.push_front(String::from("zed"));
    queue.pop_back();
    queue.push_back(String::from("cid"));
    queue.push_back(String::from("dee"));
    for name in queue {
        println!("serving {}", name);
        if name == "cid" {
            println!("closing time");
            break;
        }
    }

    let mut numbers: VecDeque<i32> = (1..=5).collect();
    numbers.rotate_left(2);
    let copy = numbers.clone();
    let in_order: Vec<i32> = copy.into_iter().collect();
    println!("{:?} room {}", in_order, in_order.capacity());
    let copy = numbers.clone();
    let doubled: Vec<i32> = copy.into_iter().map(|x| x * 2).collect();
    println!("{:?} room {}", doubled, doubled.capacity());
    let copy = numbers.clone();
    let evens: Vec<i32> = copy.into_iter().filter(|x| x % 2 == 0).collect();
    println!("{:?} room {}", evens, evens.capacity());
    let copy = numbers.clone();
    let unique: HashSet<i32> = copy.into_iter().collect();
    println!("{} unique, table room {}", unique.len(), unique.capacity());
    let copy = numbers.clone();
    let total: i32 = copy.into_iter().sum();
    println!("total {}", total);
    for x in numbers.into_iter().rev() {
        print!("{} ", x);
    }
    println!();

    let mut words: VecDeque<String> = VecDeque::new();
    for w in ["a", "bb", "ccc"] {
        words.push_front(w.to_string());
    }
    let lengths: Vec<(usize, usize)> = words.into_iter().map(|w| w.len()).enumerate().collect();
    println!("{:?} room {}", lengths, lengths.capacity());
}
