// A generic helper: with T = &str the pushed reference must outlive the Vec.
fn add_all<T: Clone>(target: &mut Vec<T>, item: T, times: usize) {
    for _ in 0..times {
        target.push(item.clone());
    }
}

fn main() {
    let mut out = Vec::new();
    {
        let s = String::from("ab");
        add_all(&mut out, s.as_str(), 2);
    }
    println!("{}", out.len());
}
