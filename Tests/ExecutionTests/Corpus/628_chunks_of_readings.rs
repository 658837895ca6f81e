// Sensor readings cut into chunks: chunks_mut to adjust each group in place, chunks_exact
// for whole groups only, rchunks for groups counted from the end.
fn main() {
    let mut readings = vec![1, 2, 3, 4, 5, 6, 7];
    for group in readings.chunks_mut(3) {
        group[0] *= 10;
        let last = group.len() - 1;
        group[last] += 1;
    }
    println!("{:?}", readings);

    for pair in readings.chunks_exact(2) {
        println!("pair {:?}", pair);
    }
    println!("{} whole triples", readings.chunks_exact(3).count());
    let triples: Vec<&[i32]> = readings.chunks_exact(3).collect();
    println!("{:?} room {}", triples, triples.capacity());

    for group in readings.rchunks(3) {
        println!("from the end {:?}", group);
    }
    for group in readings.rchunks(3).rev() {
        println!("reversed {:?}", group);
    }
    let sums: Vec<i32> = readings.rchunks(2).map(|c| c.iter().sum()).collect();
    println!("{:?} room {}", sums, sums.capacity());

    let empty: Vec<i32> = Vec::new();
    println!("{}", empty.chunks_exact(2).count());
    let zero = readings.len() - 7;
    for group in readings.rchunks(zero) {
        println!("{:?}", group);
    }
}
