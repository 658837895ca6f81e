// Counting scores per player where a missing entry means "nothing yet":
// `unwrap_or_default` gives 0, an empty String or an empty Vec.

#[derive(Debug, Default)]
struct Tally {
    games: u32,
    best: String,
}

fn lookup(names: &[&str], scores: &[u32], who: &str) -> Option<u32> {
    let index = names.iter().position(|n| *n == who)?;
    scores.get(index).copied()
}

fn main() {
    let names = ["ada", "bo", "cy"];
    let scores = [12, 7];
    for who in ["ada", "cy", "dee"] {
        let score = lookup(&names, &scores, who).unwrap_or_default();
        println!("{who}: {score}");
    }

    let nickname: Option<String> = None;
    let shown = nickname.unwrap_or_default();
    println!("nickname: [{}] (len {}, cap {})", shown, shown.len(), shown.capacity());

    let parsed: u8 = "300".parse().unwrap_or_default();
    let fine: u8 = "42".parse().unwrap_or_default();
    println!("parsed {parsed}, fine {fine}");

    let history: Option<Vec<u32>> = Some(vec![3, 9]);
    let empty: Option<Vec<u32>> = None;
    println!("{:?} {:?}", history.unwrap_or_default(), empty.unwrap_or_default());

    let tally: Option<Tally> = None;
    println!("{:?}", tally.unwrap_or_default());
}
