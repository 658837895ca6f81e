// Keep a list sorted by inserting each new value where binary_search says it belongs.
fn main() {
    let mut sorted: Vec<i32> = Vec::new();
    for value in [42, 7, 19, 7, 88, 3] {
        match sorted.binary_search(&value) {
            Ok(at) => println!("{} already at index {}", value, at),
            Err(at) => {
                sorted.insert(at, value);
                println!("{} inserted at {} -> {:?} (cap {})", value, at, sorted, sorted.capacity());
            }
        }
    }
    println!("{:?}", sorted.binary_search(&19));
    println!("{:?}", sorted.binary_search(&100));

    let words = ["ant", "bee", "cat", "dog"];
    for w in ["cat", "cow"] {
        match words.binary_search(&w) {
            Ok(i) => println!("found {} at {}", w, i),
            Err(i) => println!("{} would go at {}", w, i),
        }
    }

    let repeated = vec![1, 2, 2, 2, 3];
    println!("{:?}", repeated.binary_search(&2));
}
