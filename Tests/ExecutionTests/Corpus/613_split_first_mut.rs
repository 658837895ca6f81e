// `split_first_mut` and friends: two disjoint borrows of one Vec.
#[derive(Debug)]
struct Player {
    name: String,
    hp: i32,
    attack: i32,
}

fn main() {
    let mut party = vec![
        Player { name: "A".into(), hp: 10, attack: 1 },
        Player { name: "B".into(), hp: 0, attack: 2 },
        Player { name: "C".into(), hp: 5, attack: 3 },
    ];
    if let Some((leader, rest)) = party.split_first_mut() {
        leader.attack += rest.len() as i32;
        for p in rest.iter_mut() {
            p.hp += leader.hp / 2;
        }
    }
    println!("{:?}", party);

    let (last, others) = party.split_last_mut().unwrap();
    last.name.push_str(" (last)");
    others[0].hp -= last.attack;
    println!("{:?}", party.iter().map(|p| (p.name.as_str(), p.hp)).collect::<Vec<_>>());

    let nums = [4, 8, 15, 16, 23, 42];
    let (head, tail) = nums.split_first().unwrap();
    let (end, middle) = tail.split_last().unwrap();
    println!("{} {:?} {}", head, middle, end);

    let mut grid = vec![1, 2, 3, 4, 5, 6];
    let (left, right) = grid.split_at_mut(3);
    left[0] = right[2];
    right[0] += left[1];
    println!("{:?}", grid);

    let empty: Vec<i32> = Vec::new();
    println!("{:?} {:?}", empty.split_first(), empty.split_last());
}
