#[derive(Debug)]
struct Record {
    city: String,
    temp: i32,
}

fn main() {
    let data = "Oslo,-3\nLima,19\nCairo,28\nQuito,14";
    let mut records = Vec::new();
    for line in data.lines() {
        let cols: Vec<&str> = line.split(',').collect();
        let temp: i32 = cols[1].parse().unwrap();
        records.push(Record { city: cols[0].to_string(), temp });
    }
    records.sort_by_key(|r| r.temp);
    for r in &records {
        println!("{:>6} {:>3}", r.city, r.temp);
    }
    println!("{:?}", records[records.len() - 1]);
}
