use std::collections::HashMap;

// Turn a list of pairs into a map; a later pair with the same key wins.
fn main() {
    let pairs = vec![
        (String::from("red"), 1),
        (String::from("green"), 2),
        (String::from("blue"), 3),
        (String::from("red"), 10),
    ];
    let colours = pairs.into_iter().collect::<HashMap<String, i32>>();

    println!("{} colours, capacity {}", colours.len(), colours.capacity());
    println!("red = {}", colours["red"]);
    println!("has green? {}", colours.contains_key("green"));

    let squares = (1..=5).map(|n| (n, n * n)).collect::<HashMap<_, _>>();
    let mut keys: Vec<_> = squares.keys().collect();
    keys.sort();
    for k in keys {
        println!("{} squared is {}", k, squares[k]);
    }
}
