fn main() {
    let line = "12 7 31 4 18";
    let mut numbers: Vec<i32> = Vec::new();
    for part in line.split(' ') {
        numbers.push(part.parse().unwrap());
    }
    numbers.sort();
    println!("{:?}", numbers);
    let max = numbers.iter().max().unwrap();
    let min = numbers.iter().min().unwrap();
    println!("range {}..{} spread {}", min, max, max - min);
    let record = "name=Rin;level=5;class=mage";
    for pair in record.split(';') {
        let kv: Vec<&str> = pair.split('=').collect();
        println!("{} -> {}", kv[0], kv[1]);
    }
}
