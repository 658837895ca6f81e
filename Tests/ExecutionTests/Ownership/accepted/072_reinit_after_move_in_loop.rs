fn main() {
    let mut batch: Vec<i32> = Vec::new();
    let mut done: Vec<Vec<i32>> = Vec::new();
    for i in 1..7 {
        batch.push(i);
        if batch.len() == 3 {
            done.push(batch);
            batch = Vec::new();
        }
    }
    println!("{:?} {:?}", done, batch);
}
