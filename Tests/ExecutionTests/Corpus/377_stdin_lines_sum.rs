use std::io;

fn main() {
    let mut total: i64 = 0;
    let mut skipped = Vec::new();

    for line in io::stdin().lines() {
        let line = line.expect("could not read a line");
        println!("line {:?}: len {}, capacity {}", line, line.len(), line.capacity());
        match line.trim().parse::<i64>() {
            Ok(n) => total += n,
            Err(e) => {
                println!("  not a number: {}", e);
                skipped.push(line);
            }
        }
    }

    println!("total = {}", total);
    println!("skipped {:?} (capacity {})", skipped, skipped.capacity());
}
