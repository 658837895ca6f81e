// Since edition 2021 a closure captures the places it uses: an inner closure that reads
// `p.x` makes the outer closure hold `&p.x` too, not `&p`, so `p.name` stays free to change.
use std::mem::size_of_val;

#[derive(Debug)]
struct Player {
    name: String,
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Player { name: String::from("ann"), x: 3, y: 4 };
    let dist = || {
        let dx = || p.x * p.x;
        let dy = || p.y * p.y;
        println!("dx holds &p.x: {} bytes", size_of_val(&dx));
        dx() + dy()
    };
    p.name.push_str("ie");
    println!("dist holds &p.x and &p.y: {} bytes", size_of_val(&dist));
    println!("{} {}", p.name, dist());

    let q = Player { name: String::from("bo"), x: 1, y: 2 };
    let owned = move || {
        let shout = || q.name.to_uppercase();
        format!("{} at {}", shout(), q.x)
    };
    println!("owned holds q.name and q.x: {} bytes", size_of_val(&owned));
    println!("{}", owned());

    let mut moves = 0;
    let mut walk = |steps: i32| {
        let mut step = |d: i32| {
            p.x += d;
            moves += 1;
        };
        for _ in 0..steps {
            step(1);
        }
    };
    walk(2);
    walk(3);
    println!("{:?} after {} moves", p, moves);
}
