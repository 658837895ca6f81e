fn main() {
    let items = vec!["a", "b", "c", "d", "e", "f", "g"];
    for (page, chunk) in items.chunks(3).enumerate() {
        println!("page {}: {:?} ({} items)", page + 1, chunk, chunk.len());
    }
    let numbers = [1, 2, 3, 4, 5, 6];
    let mut sums = Vec::new();
    for pair in numbers.chunks(2) {
        sums.push(pair[0] * pair[1]);
    }
    println!("{:?} {}", sums, sums.capacity());
}
