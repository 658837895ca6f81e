// `sort_unstable_by` and `sort_unstable_by_key`: on short Vecs std sorts by insertion, so
// equal keys keep their order and the comparator is called the same number of times.
#[derive(Debug, Clone)]
struct Task {
    name: &'static str,
    priority: u8,
}

fn main() {
    let mut w = vec![3, 1, 2, 9, 8];
    w.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?}", w);
    w.sort_unstable_by_key(|&x| x);
    println!("{:?}", w);

    let mut big: Vec<i32> = (0..40).map(|x| (x * 37) % 23).collect();
    big.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?}", &big[..10]);

    let mut tasks = vec![
        Task { name: "write", priority: 2 },
        Task { name: "test", priority: 1 },
        Task { name: "lint", priority: 2 },
        Task { name: "ship", priority: 3 },
        Task { name: "nap", priority: 1 },
    ];
    let mut comparisons = 0;
    tasks.sort_unstable_by(|a, b| {
        comparisons += 1;
        b.priority.cmp(&a.priority)
    });
    println!("{:?} in {} comparisons", tasks.iter().map(|t| t.name).collect::<Vec<_>>(), comparisons);

    tasks.sort_unstable_by_key(|t| t.name.len());
    for t in &tasks {
        println!("{:>5} {}", t.name, t.priority);
    }

    let mut words = vec!["pear", "fig", "apple", "kiwi"];
    words.sort_unstable_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    println!("{:?}", words);
}
