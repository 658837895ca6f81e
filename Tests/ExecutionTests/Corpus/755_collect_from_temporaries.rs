// Collecting from a chain whose source is a temporary: an array literal or a
// vec! written in place. The result's size comes from the literal's length.
use std::collections::{HashMap, HashSet};

fn main() {
    let allowed: HashSet<i32> = vec![4, 5, 6, 7].into_iter().collect();
    let mut sorted: Vec<&i32> = allowed.iter().collect();
    sorted.sort();
    println!("allowed: {:?} ({} of them)", sorted, allowed.len());

    let lengths: HashMap<&str, usize> = vec!["ox", "emu", "lynx"].into_iter().map(|w| (w, w.len())).collect();
    println!("emu has {} letters", lengths["emu"]);

    let firsts: HashSet<String> = vec![String::from("a"), String::from("b"), String::from("a")]
        .into_iter()
        .take(2)
        .collect();
    println!("{} distinct of the first two", firsts.len());

    let grid: Vec<Vec<char>> = ["..x", "x.."].iter().map(|r| r.chars().collect()).collect();
    println!("{:?} capacity {}", grid, grid.capacity());
    let widths: Vec<usize> = ["ab", "cde", "f"].iter().skip(1).map(|s| s.len()).collect();
    println!("{:?} capacity {}", widths, widths.capacity());
    let numbered: Vec<(usize, &i32)> = [7, 8, 9, 10].iter().enumerate().take(3).collect();
    println!("{:?} capacity {}", numbered, numbered.capacity());
}
