// `collect` whose type comes from where its value goes: a `vec![…]` returned from a
// function that gives `Vec<String>`, and a `String` collected from a reversed `Vec`.
fn permutations(items: &[char]) -> Vec<String> {
    if items.len() <= 1 {
        return vec![items.iter().collect()];
    }
    let mut out = Vec::new();
    for i in 0..items.len() {
        let mut rest = items.to_vec();
        let c = rest.remove(i);
        for p in permutations(&rest) {
            out.push(format!("{c}{p}"));
        }
    }
    out
}

fn words(text: &str) -> Vec<Vec<char>> {
    if text.is_empty() {
        return vec![];
    }
    vec![text.chars().collect(), text.chars().rev().collect()]
}

fn main() {
    println!("{:?}", permutations(&['a', 'b', 'c']));
    let s: String = vec!['h', 'e', 'y'].into_iter().rev().collect();
    println!("{s} len {} cap {}", s.len(), s.capacity());
    println!("{:?}", words("abc"));
}
