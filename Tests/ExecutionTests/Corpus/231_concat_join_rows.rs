// Flattening a small grid of numbers, and joining rows with a separator.
fn main() {
    let rows = vec![vec![1, 2], vec![3], vec![4, 5, 6]];
    let flat = rows.concat();
    println!("flat: {:?} (len {}, cap {})", flat, flat.len(), flat.capacity());

    let with_zeros = rows.join(&0);
    println!("joined: {:?} (cap {})", with_zeros, with_zeros.capacity());

    let grid = [[1u8, 2, 3], [4, 5, 6]];
    let cells = grid.concat();
    println!("cells: {:?} (cap {})", cells, cells.capacity());

    let teams = vec![
        vec![String::from("Ann"), String::from("Bo")],
        vec![String::from("Cy")],
    ];
    let everyone = teams.concat();
    println!("everyone: {:?} (cap {})", everyone, everyone.capacity());
    let dash = String::from("-");
    let lineup = teams.join(&dash);
    println!("lineup: {:?} (cap {})", lineup, lineup.capacity());
    println!("teams untouched: {:?}", teams);

    let nothing: Vec<Vec<i32>> = Vec::new();
    let empty = nothing.join(&9);
    println!("empty: {:?} (cap {})", empty, empty.capacity());
}
