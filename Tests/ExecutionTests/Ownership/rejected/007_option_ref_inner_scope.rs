fn main() {
    let mut best: Option<&String> = None;
    {
        let candidate = String::from("winner");
        best = Some(&candidate);
    }
    if let Some(b) = best {
        println!("best is {}", b);
    }
}
