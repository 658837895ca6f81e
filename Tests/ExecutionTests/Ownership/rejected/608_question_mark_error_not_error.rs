use std::error::Error;

#[derive(Debug)]
enum Problem {
    Missing,
}

fn find(v: &[i32]) -> Result<i32, Problem> {
    v.first().copied().ok_or(Problem::Missing)
}

fn total(v: &[i32]) -> Result<i32, Box<dyn Error>> {
    let first = find(v)?;
    Ok(first * 2)
}

fn main() {
    println!("{:?}", total(&[1, 2]).is_ok());
}
