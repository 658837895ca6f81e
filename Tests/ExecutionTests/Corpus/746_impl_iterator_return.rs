// A function can hand back an iterator without naming its type:
// `impl Iterator<Item = u32>` says "some iterator of u32s".
fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn squares(count: u64) -> impl Iterator<Item = u64> {
    (1..=count).map(|n| n * n)
}

fn doubled(values: &Vec<i32>) -> impl Iterator<Item = i32> + '_ {
    values.iter().map(|v| v * 2)
}

fn main() {
    // The caller just loops over it.
    for n in evens(9) {
        println!("even: {n}");
    }

    // Or consumes it with sum, count, collect.
    let total: u32 = evens(100).sum();
    println!("sum of evens below 100 = {total}");
    println!("how many evens below 1000? {}", evens(1000).count());

    let squares: Vec<u64> = squares(6).collect();
    println!("squares = {squares:?}, len {}, capacity {}", squares.len(), squares.capacity());

    let values = vec![3, 1, 4, 1, 5];
    let twice: Vec<i32> = doubled(&values).collect();
    println!("twice = {twice:?} (capacity {})", twice.capacity());

    // Calling next by hand works too.
    let mut it = evens(5);
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next(), it.next(), it.next());

    // The borrow of `values` ended with the last use of the iterator.
    let mut values = values;
    values.push(9);
    println!("values now {values:?}");
}
