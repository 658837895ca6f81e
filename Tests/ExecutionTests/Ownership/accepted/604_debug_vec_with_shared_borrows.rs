use std::fmt;

struct Cell(u8);

impl fmt::Debug for Cell {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}>", self.0)
    }
}

fn main() {
    let mut cells = vec![Cell(1), Cell(2)];
    let first = &cells[0];
    println!("{:?} {:?}", cells, first);
    cells.push(Cell(3));
    let last = cells.last_mut().unwrap();
    last.0 += 1;
    println!("{:?}", cells);
}
