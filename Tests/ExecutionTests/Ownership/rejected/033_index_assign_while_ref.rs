fn main() {
    let mut grid = [0, 0, 0];
    let cell = &grid[1];
    grid[1] = 9;
    println!("{}", cell);
}
