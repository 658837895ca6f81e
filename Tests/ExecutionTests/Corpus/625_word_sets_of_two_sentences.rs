// The words of two sentences as BTreeSets: a BTreeSet is ordered, so the set operations
// give their words in alphabetical order.
use std::collections::BTreeSet;

fn main() {
    let first: BTreeSet<&str> = "the cat sat on the mat".split(' ').collect();
    let second: BTreeSet<&str> = "a cat and a dog on a mat".split(' ').collect();

    print!("in both:");
    for word in first.intersection(&second) {
        print!(" {}", word);
    }
    println!();
    print!("in either:");
    for word in first.union(&second) {
        print!(" {}", word);
    }
    println!();
    print!("only the first:");
    for word in first.difference(&second) {
        print!(" {}", word);
    }
    println!();
    print!("in just one:");
    for word in first.symmetric_difference(&second) {
        print!(" {}", word);
    }
    println!();

    println!("{} words in all, {} new in the second", first.union(&second).count(), second.difference(&first).count());
    let longest = first.union(&second).map(|w| w.len()).max();
    println!("longest word: {:?}", longest);

    let small: BTreeSet<i32> = [2, 4].into_iter().collect();
    let big: BTreeSet<i32> = (1..40).collect();
    let from_small: i32 = small.intersection(&big).sum();
    let from_big: i32 = big.intersection(&small).sum();
    println!("{} {} {}", from_small, from_big, big.difference(&small).count());
    println!("{} {} {}", small.is_subset(&big), big.is_superset(&small), small.is_disjoint(&big));

    let edge: BTreeSet<i32> = [39, 50].into_iter().collect();
    for x in big.intersection(&edge) {
        println!("shared at the edge: {}", x);
    }
    let far: BTreeSet<i32> = [100].into_iter().collect();
    println!("far away shares {}", far.intersection(&big).count());
}
