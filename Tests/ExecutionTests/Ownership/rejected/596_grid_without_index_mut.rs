use std::ops::Index;

struct Grid {
    width: usize,
    cells: Vec<char>,
}

impl Index<(usize, usize)> for Grid {
    type Output = char;
    fn index(&self, (row, col): (usize, usize)) -> &char {
        &self.cells[row * self.width + col]
    }
}

fn main() {
    let mut board = Grid { width: 3, cells: vec!['.'; 9] };
    board[(1, 1)] = 'X';
    println!("{}", board[(1, 1)]);
}
