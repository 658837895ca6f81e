// Closures inside closures: an iterator chain in a `map`, a filter that counts with its own filter.
fn main() {
    let grid = vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9]];
    let bonus = 10;

    let row_sums: Vec<i32> = grid.iter().map(|row| row.iter().map(|x| x * 2).sum::<i32>()).collect();
    println!("doubled row sums: {:?}", row_sums);

    let boosted: Vec<Vec<i32>> = grid
        .iter()
        .map(|row| row.iter().map(|x| x + bonus).collect())
        .collect();
    println!("boosted: {:?}", boosted);

    let words = vec!["banana", "kiwi", "papaya", "fig"];
    let many_a: Vec<&str> = words
        .iter()
        .filter(|w| w.chars().filter(|c| *c == 'a').count() >= 2)
        .cloned()
        .collect();
    println!("two or more a's: {:?}", many_a);

    let evens_per_row: Vec<usize> = grid.iter().map(|row| row.iter().filter(|x| *x % 2 == 0).count()).collect();
    println!("evens per row: {:?}", evens_per_row);
    println!("bonus is still {}", bonus);
}
