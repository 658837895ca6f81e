// `flat_map` whose closure gives `s.chars().map(…)`: a grid read from rows of text.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Dead,
    Alive,
}

fn parse(rows: &[&str]) -> Vec<Cell> {
    rows.iter().flat_map(|r| r.chars().map(|c| if c == '#' { Cell::Alive } else { Cell::Dead })).collect()
}

fn main() {
    let cells = parse(&[".#.", "##.", "..#"]);
    println!("{} cells, capacity {}", cells.len(), cells.capacity());
    println!("{:?}", &cells[..4]);
    let alive = cells.iter().filter(|&&c| c == Cell::Alive).count();
    println!("alive {alive}");

    let words = vec!["ab", "", "cde"];
    let codes: Vec<u32> = words.iter().flat_map(|w| w.chars().map(|c| c as u32 - 96)).collect();
    println!("{codes:?} cap {}", codes.capacity());
    let total: u32 = words.iter().flat_map(|w| w.chars().map(|c| c as u32)).sum();
    println!("total {total}");
    let nested = vec![vec![1, 2], vec![3]];
    let doubled: Vec<i32> = nested.iter().flat_map(|v| v.iter().map(|x| x * 2)).collect();
    println!("{doubled:?} cap {}", doubled.capacity());
}
