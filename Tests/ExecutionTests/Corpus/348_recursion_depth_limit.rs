// How deep can a recursion go? It counts up from 1, so its base case is never reached:
// it prints its depth every 10,000 calls until the 8 MiB main stack runs out.
fn descend(depth: u64) -> u64 {
    if depth == 0 {
        return 0;
    }
    if depth % 10_000 == 0 {
        println!("depth {}", depth);
    }
    descend(depth + 1) + 1
}

fn main() {
    println!("{}", descend(1));
}
