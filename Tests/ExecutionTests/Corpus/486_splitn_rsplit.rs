// Splitting text from both ends: splitn, rsplit, rsplitn, split_terminator, split_once.
fn main() {
    let config = "name=Ferris=the crab\nage=7\ncolor=orange\n";
    for line in config.split_terminator('\n') {
        let parts: Vec<&str> = line.splitn(2, '=').collect();
        println!("{} -> {:?} (len {}, cap {})", line, parts, parts.len(), parts.capacity());
    }

    let path = "/home/ferris/projects/memtutor/src/main.rs";
    let file = path.rsplit('/').next().unwrap();
    println!("file: {}", file);
    let pieces: Vec<&str> = path.rsplit('/').collect();
    println!("{:?}", pieces);

    println!("{:?}", "archive.tar.gz".rsplitn(2, '.').next());
    let backwards: Vec<&str> = "archive.tar.gz".rsplitn(2, ".").collect();
    println!("{:?}", backwards);

    if let Some((key, value)) = "host: example.com:8080".split_once(": ") {
        println!("key={} value={}", key, value);
    }
    match "a.b.c".rsplit_once('.') {
        Some((rest, last)) => println!("rest={} last={}", rest, last),
        None => println!("no dot"),
    }
    println!("{:?}", "nodot".split_once('.'));

    let csv = "1,2,,4,";
    let firsts: Vec<&str> = csv.splitn(3, ",").collect();
    let terminated: Vec<&str> = csv.split_terminator(',').collect();
    let reversed: Vec<&str> = csv.rsplit(',').collect();
    println!("{:?}\n{:?}\n{:?}", firsts, terminated, reversed);

    let total: i32 = "10 20 30 40".splitn(3, ' ').map(|n| n.parse::<i32>().unwrap_or(0)).sum();
    println!("total = {}", total);
    let words: Vec<&str> = "one two three".rsplit(' ').rev().collect();
    println!("{:?}", words);
    for (i, part) in "x::y::z".rsplit("::").enumerate() {
        println!("{}: {}", i, part);
    }
}
