use std::iter;

fn main() {
    let label = String::from("row");
    let labels: Vec<String> = iter::repeat(label).take(3).collect();
    println!("{:?}", labels);
    println!("{}", label);
}
