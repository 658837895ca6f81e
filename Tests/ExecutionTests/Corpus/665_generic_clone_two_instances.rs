// One generic helper used with text and with numbers: each call clones the elements,
// not the references to them.
fn copies<T: Clone>(items: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for item in items {
        out.push(item.clone());
    }
    out
}

fn sorted<T: PartialOrd + Clone>(items: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for x in items {
        let at = out.iter().position(|y| y > x).unwrap_or(out.len());
        out.insert(at, x.clone());
    }
    out
}

fn main() {
    let fruit = ["pear", "apple", "fig"];
    let kept = copies(&fruit);
    println!("{:?} {}", kept, kept.capacity());
    let prices = [3.5, -1.0, 2.25];
    println!("{:?}", copies(&prices));
    println!("{:?}", sorted(&fruit));
    println!("{:?}", sorted(&prices));
    let names = vec![String::from("zoe"), String::from("al")];
    println!("{:?}", sorted(&names));
}
