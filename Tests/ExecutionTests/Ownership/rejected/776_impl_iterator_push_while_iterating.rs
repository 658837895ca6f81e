fn big_ones(values: &Vec<i32>) -> impl Iterator<Item = &i32> {
    values.iter().filter(|v| **v > 10)
}

fn main() {
    let mut values = vec![5, 20, 30];
    let big = big_ones(&values);
    values.push(40);
    println!("{}", big.count());
}
