fn evens(values: &Vec<u32>) -> impl Iterator<Item = &u32> {
    values.iter().filter(|v| *v % 2 == 0)
}

fn main() {
    let mut values = vec![1, 2, 3, 4];
    let count = evens(&values).count();
    values.push(6);
    let total: u32 = evens(&values).sum();
    values.clear();
    println!("{count} {total} {}", values.len());
}
