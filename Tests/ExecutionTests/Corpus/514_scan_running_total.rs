// Running totals with `scan`.
fn main() {
    let amounts = vec![1250, 99900, 4500, 300];
    let totals: Vec<i64> = amounts.iter().scan(0, |acc, a| {
        *acc += a;
        Some(*acc)
    }).collect();
    println!("{:?} cap {}", totals, totals.capacity());
    let until_big: Vec<i32> = (1..10).scan(1, |product, x| {
        *product *= x;
        if *product > 100 { None } else { Some(*product) }
    }).collect();
    println!("{:?} cap {}", until_big, until_big.capacity());
    for (i, name) in ["a", "b", "c"].iter().scan(String::new(), |all, s| {
        all.push_str(s);
        Some(all.clone())
    }).enumerate() {
        println!("{} {}", i, name);
    }
    let left: i32 = [3, 4].iter().scan(10, |stock, &x| {
        *stock -= x;
        Some(*stock)
    }).sum();
    println!("{}", left);
}
