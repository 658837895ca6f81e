fn main() {
    let grid = vec![vec![1, 2], vec![3, 4]];
    let found = 'outer: loop {
        for row in &grid {
            for x in row {
                if *x == 3 {
                    break 'outer *x * 10;
                }
            }
        }
        break 0;
    };
    println!("{} {}", found, grid.len());
}
