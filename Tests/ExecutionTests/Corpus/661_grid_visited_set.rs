use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Pos {
    x: i32,
    y: i32,
}

fn step(p: Pos, dir: char) -> Pos {
    match dir {
        'U' => Pos { x: p.x, y: p.y + 1 },
        'D' => Pos { x: p.x, y: p.y - 1 },
        'L' => Pos { x: p.x - 1, y: p.y },
        _ => Pos { x: p.x + 1, y: p.y },
    }
}

fn main() {
    let moves = "UURDDLLUR";
    let mut visited: HashSet<Pos> = HashSet::new();
    let mut here = Pos { x: 0, y: 0 };
    visited.insert(here);
    let mut revisits = 0;
    for c in moves.chars() {
        here = step(here, c);
        if !visited.insert(here) {
            revisits += 1;
            println!("been at {:?} before", here);
        }
    }
    println!("visited {} cells, {} revisits", visited.len(), revisits);
    println!("origin seen: {}", visited.contains(&Pos { x: 0, y: 0 }));
    println!("far corner seen: {}", visited.contains(&Pos { x: 5, y: 5 }));
    let mut cells: Vec<Pos> = visited.into_iter().collect();
    cells.sort_by_key(|p| (p.x, p.y));
    println!("{:?}", &cells[..3]);
}
