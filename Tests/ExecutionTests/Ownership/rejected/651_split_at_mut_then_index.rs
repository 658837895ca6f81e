fn main() {
    let mut grid = vec![1, 2, 3, 4];
    let (left, right) = grid.split_at_mut(2);
    let peek = &grid[0];
    left[0] = right[1] + *peek;
}
