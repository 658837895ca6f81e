// Iterators over Strings kept in variables: a `map` giving new Strings, a `filter` counted,
// a `take` read one item at a time, and a closure that changes what it captured.
fn main() {
    let names = vec![String::from("ann"), String::from("bob"), String::from("cy")];

    let lengths = names.iter().map(|n| n.len());
    let lens: Vec<usize> = lengths.collect();
    println!("{:?} len {} cap {}", lens, lens.len(), lens.capacity());

    let long = names.iter().filter(|n| n.len() > 2);
    println!("long names: {}", long.count());

    let mut shouted = names.iter().map(|n| n.to_uppercase());
    while let Some(s) = shouted.next() {
        println!("{} ({} bytes, cap {})", s, s.len(), s.capacity());
    }

    let mut seen = 0;
    let counted = names.iter().map(|n| {
        seen += 1;
        n.len() * 10
    });
    let firsts: Vec<usize> = counted.take(2).collect();
    println!("{:?} cap {}, closure ran {} times", firsts, firsts.capacity(), seen);

    let words = vec![String::from("apple"), String::from("fig"), String::from("kiwi")];
    let fruit = words.into_iter().filter(|w| w.len() > 3);
    for w in fruit {
        println!("kept {}", w);
    }
}
