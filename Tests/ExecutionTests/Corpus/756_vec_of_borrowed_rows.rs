// A Vec annotated as holding slices or &str takes references to Vecs, arrays
// and Strings: each element is coerced to the slice it points into.
fn widest(rows: &[&[i32]]) -> usize {
    rows.iter().map(|r| r.len()).max().unwrap_or(0)
}

fn main() {
    let first = vec![1, 2, 3];
    let second = [4, 5];
    let third = vec![6, 7, 8, 9];
    let rows: Vec<&[i32]> = vec![&first, &second, &third[1..]];
    for (i, row) in rows.iter().enumerate() {
        println!("row {}: {:?} (sum {})", i, row, row.iter().sum::<i32>());
    }
    println!("widest: {}", widest(&rows));
    println!("{} bytes per row reference", std::mem::size_of_val(&rows[0]));

    let owned = String::from("owned");
    let name = String::from("name");
    let words: Vec<&str> = vec![&owned, "literal", &name[..2]];
    println!("{:?} {}", words, words.concat());
}
