// `iter::repeat(x).take(n)` gives `x` n times: copied when it is `Copy`,
// cloned (a new heap block each time) when it is a `String`.
use std::iter;

fn main() {
    let rule: String = iter::repeat('=').take(12).collect();
    println!("{}", rule);

    let zeros: Vec<i32> = iter::repeat(0).take(5).collect();
    println!("{:?} len {} cap {}", zeros, zeros.len(), zeros.capacity());

    let greeting = String::from("hi");
    let echoes: Vec<String> = iter::repeat(greeting).take(3).collect();
    println!("{:?} cap {}", echoes, echoes.capacity());
    for e in &echoes {
        println!("{} at its own {} bytes", e, e.capacity());
    }

    for (round, bell) in iter::repeat("ding").take(3).enumerate() {
        println!("round {}: {}", round + 1, bell);
    }

    let squares: Vec<u64> = iter::repeat(3u64).take(4).map(|n| n * n).collect();
    println!("{:?}", squares);

    let shout = |word: &str| word.to_uppercase();
    println!("{}", shout("done"));
}
