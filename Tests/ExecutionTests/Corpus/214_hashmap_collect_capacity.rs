use std::collections::HashMap;

// How much room does `collect` reserve when the items come out of a HashMap?
fn main() {
    for n in [0u32, 1, 2, 3, 4, 5, 9] {
        let mut squares = HashMap::new();
        for i in 0..n {
            squares.insert(i, (i * i) as u8);
        }
        let keys: Vec<&u32> = squares.keys().collect();
        let values: Vec<u8> = squares.values().copied().collect();
        let pairs: Vec<(u32, u8)> = squares.iter().map(|(k, v)| (*k, *v)).collect();
        let big: Vec<&u8> = squares.values().filter(|v| **v > 3).collect();
        println!(
            "n={} keys {} values {} pairs {} big {}/{}",
            n,
            keys.capacity(),
            values.capacity(),
            pairs.capacity(),
            big.len(),
            big.capacity()
        );
    }
}
