// Giving a Vec to a function moves it; printing it afterwards through `&` is too late.
fn total(prices: Vec<u32>) -> u32 {
    prices.iter().sum()
}

fn show(prices: &Vec<u32>) {
    for p in prices {
        println!("price {}", p);
    }
}

fn main() {
    let prices = vec![250, 120, 99];
    let sum = total(prices);
    println!("sum {}", sum);
    show(&prices);
}
