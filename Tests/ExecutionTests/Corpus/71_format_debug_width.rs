// Width and alignment with {:?}: derived Debug passes the width on to each inner value,
// while a char's Debug ignores it.
#[derive(Debug)]
struct Cell {
    row: u8,
    col: u8,
}

fn main() {
    println!("[{:>8?}]", Some(1));
    println!("[{:<6?}]", 'c');
    println!("[{:>6?}]", "ab");
    println!("[{:>4?}]", 42);
    println!("[{:>3?}]", [1, 2]);
    println!("[{:>3?}]", (7, 8));
    let cell = Cell { row: 1, col: 2 };
    println!("[{:>3?}] {}", cell, cell.row + cell.col);
    println!("[{:<5?}]", true);
    println!("[{:^9?}]", 2.5);
    let name = "Ann";
    println!("[{name:>6?}] [{name:>6}]");
}
