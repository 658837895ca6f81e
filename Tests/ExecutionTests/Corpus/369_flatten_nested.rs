// Flattening nested collections and skipping the Nones with flatten().
fn main() {
    let grid = vec![vec![1, 2, 3], vec![4, 5], vec![], vec![6, 7, 8, 9]];
    let mut total = 0;
    for cell in grid.iter().flatten() {
        total += cell;
    }
    println!("sum of all cells: {}", total);
    let biggest = grid.iter().flatten().max();
    println!("biggest cell: {:?}", biggest);
    let count = grid.iter().flatten().filter(|n| *n % 2 == 0).count();
    println!("{} even cells", count);

    let flat: Vec<i32> = grid.into_iter().flatten().collect();
    println!("{:?} (len {}, capacity {})", flat, flat.len(), flat.capacity());

    let answers = vec![Some(3), None, Some(5), None, Some(1)];
    let answered: i32 = answers.iter().flatten().sum();
    println!("{} answered, adding up to {}", answers.iter().flatten().count(), answered);

    let nicknames = vec![Some("ace"), None, Some("bee")];
    let known: Vec<&str> = nicknames.iter().flatten().cloned().collect();
    println!("{:?}", known);

    let teams = vec![
        vec![String::from("ann"), String::from("bo")],
        vec![String::from("cy")],
        vec![String::from("dee"), String::from("ed")],
    ];
    let mut everyone = teams.into_iter().flatten();
    let captain = everyone.next().unwrap();
    let vice = everyone.next().unwrap();
    println!("captain {}, vice {}", captain, vice);
    println!("Flatten is {} bytes", std::mem::size_of_val(&everyone));
    for rest in everyone {
        println!("also playing: {}", rest);
    }
}
