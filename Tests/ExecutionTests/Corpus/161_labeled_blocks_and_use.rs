#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    North,
    East,
    South,
    West,
}

use Direction::*;

fn turn_right(d: Direction) -> Direction {
    match d {
        North => East,
        East => South,
        South => West,
        West => North,
    }
}

fn classify(n: i32) -> &'static str {
    let label = 'done: {
        if n < 0 {
            break 'done "negative";
        }
        if n == 0 {
            break 'done "zero";
        }
        if n % 2 == 0 { "even" } else { "odd" }
    };
    label
}

fn main() {
    let mut d = North;
    for _ in 0..5 {
        print!("{:?} ", d);
        d = turn_right(d);
    }
    println!();
    println!("back to east? {}", d == East);
    for n in [-2, 0, 7, 10] {
        println!("{} is {}", n, classify(n));
    }
    let digits: Vec<char> = vec![char::from_digit(7, 10).unwrap(), char::from_digit(11, 16).unwrap()];
    println!("{:?} {:?} {:?}", digits, char::from_u32(0x263A), char::from_u32(0xD800));
    println!("{:?} {:?}", 'z'.to_digit(36), '9'.to_digit(8));
}
