fn main() {
    let mut grid = vec![1, 2, 3, 4, 5, 6];
    let (left, right) = grid.split_at_mut(3);
    left[0] = right[2];
    right[0] += left[1];
    let total: i32 = grid.iter().sum();
    println!("{:?} {}", grid, total);
}
