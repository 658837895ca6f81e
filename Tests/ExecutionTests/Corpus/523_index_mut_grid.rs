use std::ops::{Index, IndexMut};

struct Grid {
    width: usize,
    height: usize,
    cells: Vec<i32>,
}

impl Grid {
    fn new(width: usize, height: usize) -> Grid {
        Grid { width, height, cells: vec![0; width * height] }
    }
}

impl Index<(usize, usize)> for Grid {
    type Output = i32;
    fn index(&self, (row, col): (usize, usize)) -> &i32 {
        &self.cells[row * self.width + col]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (row, col): (usize, usize)) -> &mut i32 {
        &mut self.cells[row * self.width + col]
    }
}

fn main() {
    let mut grid = Grid::new(3, 2);
    grid[(0, 0)] = 5;
    grid[(1, 2)] = 7;
    grid[(1, 2)] += 1;
    let corner = &mut grid[(0, 2)];
    *corner = -1;

    for r in 0..grid.height {
        for c in 0..grid.width {
            print!("{:3}", grid[(r, c)]);
        }
        println!();
    }
    println!("cells: {:?}", grid.cells);
    grid[(2, 0)] = 1;
}
