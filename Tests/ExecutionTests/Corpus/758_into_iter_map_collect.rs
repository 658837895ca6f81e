// Turning a Vec into a Vec of bigger values with into_iter().map(..).collect():
// the new Vec gets a buffer of its own, sized for exactly the items (std knows
// the count of a Map, Enumerate or Take over a Vec's IntoIter), and the old
// buffer is freed when the loop's iterator is dropped.
#[derive(Debug)]
struct Reading {
    sensor: u64,
    celsius: f64,
}

fn main() {
    let raw: Vec<u8> = vec![17, 21, 19, 25, 30];
    let scaled: Vec<u32> = raw.into_iter().map(|b| b as u32 * 100).collect();
    println!("{:?} len {} capacity {}", scaled, scaled.len(), scaled.capacity());

    let ids = vec![3u32, 1, 2];
    let readings: Vec<Reading> = ids
        .into_iter()
        .map(|id| Reading { sensor: id as u64, celsius: 20.0 + id as f64 / 2.0 })
        .collect();
    for r in &readings {
        println!("sensor {} reads {:.1}", r.sensor, r.celsius);
    }
    println!("capacity {}", readings.capacity());

    let names = vec![String::from("ada"), String::from("bo")];
    let numbered: Vec<(usize, String)> = names.into_iter().enumerate().collect();
    println!("{:?} capacity {}", numbered, numbered.capacity());

    let mut queue = Vec::new();
    for n in 0..6u16 {
        queue.push(n * 3);
    }
    println!("queue capacity {}", queue.capacity());
    let first_three: Vec<u64> = queue.into_iter().take(3).map(u64::from).collect();
    println!("{:?} capacity {}", first_three, first_three.capacity());
}
