use std::collections::VecDeque;

fn main() {
    let countdown: VecDeque<i32> = (1..5).collect();
    println!("{:?} cap {}", countdown, countdown.capacity());

    let evens = (0..10).filter(|x| x % 2 == 0).collect::<VecDeque<_>>();
    println!("{:?} cap {}", evens, evens.capacity());

    let v = vec![7, 8, 9];
    let mut from_vec: VecDeque<i32> = v.into();
    println!("{:?} cap {}", from_vec, from_vec.capacity());
    from_vec.push_front(6);
    println!("{:?} cap {}", from_vec, from_vec.capacity());

    let names: VecDeque<&str> = ["x", "y"].into();
    println!("{:?}", names);

    let doubled: Vec<i32> = from_vec.iter().map(|x| x * 2).collect();
    println!("{:?} cap {}", doubled, doubled.capacity());
    for (i, x) in from_vec.iter().enumerate() {
        println!("{}: {}", i, x);
    }
    for x in from_vec.iter().rev() {
        print!("{} ", x);
    }
    println!();
    let big = from_vec.iter().filter(|&&x| x > 7).count();
    println!("{} bigger than 7", big);

    let mut history = VecDeque::from(vec![String::from("a"), String::from("b")]);
    history.push_back(String::from("c"));
    if history.len() > 2 {
        let oldest = history.pop_front().unwrap();
        println!("forgot {}", oldest);
    }
    println!("{:?} cap {}", history, history.capacity());
}
