use std::fmt;

struct Cell(u8);

impl fmt::Debug for Cell {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}>", self.0)
    }
}

fn main() {
    let mut cells = vec![Cell(1), Cell(2)];
    let first = &mut cells[0];
    println!("{:?}", cells);
    first.0 = 9;
}
