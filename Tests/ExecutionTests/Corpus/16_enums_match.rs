// A simple enum with derives, matched exhaustively and compared.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    North,
    East,
    South,
    West,
}

fn turn_right(d: Direction) -> Direction {
    match d {
        Direction::North => Direction::East,
        Direction::East => Direction::South,
        Direction::South => Direction::West,
        Direction::West => Direction::North,
    }
}

fn delta(d: Direction) -> (i32, i32) {
    match d {
        Direction::North => (0, 1),
        Direction::South => (0, -1),
        Direction::East => (1, 0),
        Direction::West => (-1, 0),
    }
}

fn main() {
    let mut d = Direction::North;
    let mut x = 0;
    let mut y = 0;
    for step in 1..=6 {
        let (dx, dy) = delta(d);
        x += dx * step;
        y += dy * step;
        println!("step {}: {:?} -> ({}, {})", step, d, x, y);
        d = turn_right(d);
    }
    println!("{}", d == Direction::South);
    println!("{}", turn_right(Direction::West) != Direction::North);
    let all = [Direction::North, Direction::East, Direction::South, Direction::West];
    println!("{:?}", all);
    println!("{:#?}", Some(Direction::West));
    println!("{}", std::mem::size_of::<Direction>());
    println!("{}", std::mem::size_of::<Option<Direction>>());
}
