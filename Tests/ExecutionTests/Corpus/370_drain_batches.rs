// Moving items out of a Vec with drain(), whole or in batches.
fn main() {
    let mut inbox = vec![
        String::from("hi"),
        String::from("lunch?"),
        String::from("meeting moved"),
    ];
    let mut archive = Vec::new();
    for message in inbox.drain(..) {
        archive.push(message);
    }
    println!("inbox: {} left, capacity {}", inbox.len(), inbox.capacity());
    println!("archive: {:?}", archive);

    let mut numbers: Vec<i32> = (1..=10).collect();
    let middle: Vec<i32> = numbers.drain(3..7).collect();
    println!("took {:?}, kept {:?}", middle, numbers);
    let first_two: i32 = numbers.drain(..2).sum();
    println!("first two added up to {}, now {:?}", first_two, numbers);

    let mut jobs = vec![
        String::from("build"),
        String::from("test"),
        String::from("lint"),
        String::from("deploy"),
        String::from("notify"),
    ];
    while !jobs.is_empty() {
        let take = jobs.len().min(2);
        let batch: Vec<String> = jobs.drain(..take).collect();
        println!("running batch {:?}", batch);
    }

    let mut letters = vec!['a', 'b', 'c', 'd', 'e'];
    {
        let mut removed = letters.drain(1..=3);
        println!("first removed: {:?}", removed.next());
        println!("Drain is {} bytes", std::mem::size_of_val(&removed));
    }
    println!("letters now {:?}", letters);

    let mut small = vec![1, 2];
    let wanted = 5.min(small.len());
    let gone: Vec<i32> = small.drain(..wanted).collect();
    println!("{:?} {:?} {}", gone, small, small.capacity());
}
