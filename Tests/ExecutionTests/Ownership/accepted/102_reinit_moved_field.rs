#[derive(Debug)]
struct Parcel {
    label: String,
    weight: u32,
}

fn main() {
    let mut p = Parcel { label: String::from("fragile"), weight: 2 };
    let old_label = p.label;
    p.label = String::from("sturdy");
    println!("{} {:?} {}", old_label, p, p.weight);
}
