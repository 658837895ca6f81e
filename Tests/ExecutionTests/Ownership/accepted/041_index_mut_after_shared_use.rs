fn main() {
    let mut grid = [1, 2, 3];
    let cell = &grid[1];
    println!("cell {}", cell);
    grid[1] = 9;
    println!("{:?}", grid);
}
