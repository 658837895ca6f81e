// Taking owned values out of a Vec with into_iter() kept in a variable.
struct Ticket {
    id: u32,
    owner: String,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket {} for {} dropped", self.id, self.owner);
    }
}

fn main() {
    let queue = vec![
        Ticket { id: 1, owner: String::from("ana") },
        Ticket { id: 2, owner: String::from("ben") },
        Ticket { id: 3, owner: String::from("cy") },
        Ticket { id: 4, owner: String::from("dee") },
    ];
    let mut line = queue.into_iter();
    println!("IntoIter is {} bytes", std::mem::size_of_val(&line));
    let served = line.next().unwrap();
    println!("serving ticket {} for {}", served.id, served.owner);
    if let Some(next) = line.next() {
        println!("next up: {}", next.owner);
    }
    println!("closing early");
    drop(line);
    println!("served was {}", served.owner);

    let words = vec![String::from("alpha"), String::from("beta"), String::from("gamma")];
    let mut iter = words.into_iter();
    let first = iter.next();
    let rest: Vec<String> = iter.collect();
    println!("{:?} then {:?}", first, rest);
    println!("rest has room for {} strings", rest.capacity());

    let scores = vec![7, 9, 4, 8, 10];
    let mut it = scores.iter();
    it.next();
    let later: Vec<&i32> = it.collect();
    println!("{:?} (capacity {})", later, later.capacity());
    let text = "abcdefghij";
    let mut letters = text.chars();
    letters.next();
    let tail: Vec<char> = letters.collect();
    println!("{} letters, capacity {}", tail.len(), tail.capacity());
    let doubled: Vec<i32> = scores.iter().skip(0).map(|s| s * 2).collect();
    let mut kept = scores.iter();
    kept.next();
    let halves: Vec<i32> = kept.map(|s| s / 2).collect();
    println!("{:?} {:?} {}", doubled, halves, halves.capacity());
}
