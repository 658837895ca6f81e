fn main() {
    let prices = vec![250, 1200, 75, 990];

    let total = prices.iter().fold(0, |sum, p| sum + p);
    println!("total: {} cents", total);

    let most = prices.iter().fold(0, |best, &p| if p > best { p } else { best });
    println!("most expensive: {}", most);

    let mut receipt = String::new();
    prices.iter().for_each(|p| {
        receipt.push_str(&format!("{}.{:02} ", p / 100, p % 100));
    });
    println!("receipt: {}", receipt.trim());

    let mut count = 0;
    (1..=5).for_each(|i| {
        count += i;
        println!("step {i}: count = {count}");
    });
    println!("done, count = {}", count);
}
