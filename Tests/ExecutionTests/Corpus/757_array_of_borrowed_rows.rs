// Arrays and vec![x; n] annotated as holding slices or &str coerce each item,
// and so does an array literal passed where &[&[T]] or &[&str] is expected.
fn widest(rows: &[&[i32]]) -> usize {
    rows.iter().map(|r| r.len()).max().unwrap_or(0)
}

fn total_len(words: &[&str]) -> usize {
    words.iter().map(|w| w.len()).sum()
}

fn main() {
    let primes = vec![2, 3, 5, 7];
    let evens = [2, 4];
    let grid: [&[i32]; 2] = [&primes, &evens];
    println!("{:?} widest {}", grid, widest(&grid));
    println!("widest of a literal: {}", widest(&[&primes[..2], &evens]));

    let title = String::from("Dr");
    let parts: [&str; 3] = [&title, "Who", &title[..1]];
    println!("{:?} {}", parts, total_len(&parts));
    println!("{}", total_len(&[&title, "Watson"]));

    let repeated: Vec<&str> = vec![&title; 3];
    println!("{}", repeated.join("-"));
    let rows: &[&[i32]] = &[&primes, &evens[1..]];
    println!("{:?}", rows);
}
