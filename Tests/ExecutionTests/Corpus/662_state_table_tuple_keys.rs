use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum State {
    Locked,
    Unlocked,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Input {
    Coin,
    Push,
}

fn main() {
    let mut table: HashMap<(State, Input), State> = HashMap::new();
    table.insert((State::Locked, Input::Coin), State::Unlocked);
    table.insert((State::Locked, Input::Push), State::Locked);
    table.insert((State::Unlocked, Input::Coin), State::Unlocked);
    table.insert((State::Unlocked, Input::Push), State::Locked);
    println!("{} transitions", table.len());

    let mut state = State::Locked;
    let inputs = [Input::Push, Input::Coin, Input::Coin, Input::Push, Input::Push];
    for input in inputs {
        let next = table[&(state, input)];
        println!("{:?} + {:?} -> {:?}", state, input, next);
        state = next;
    }

    let mut pair_counts: HashMap<(i32, i32), u32> = HashMap::new();
    let points = [(1, 2), (3, 4), (1, 2), (0, 0), (1, 2), (3, 4)];
    for p in points.iter() {
        *pair_counts.entry(*p).or_insert(0) += 1;
    }
    let mut counted: Vec<_> = pair_counts.iter().collect();
    counted.sort();
    println!("{:?}", counted);
    if let Some(n) = pair_counts.get(&(1, 2)) {
        println!("(1, 2) appears {} times", n);
    }
    println!("{:?}", pair_counts.remove(&(0, 0)));
    println!("{}", pair_counts.contains_key(&(0, 0)));
}
