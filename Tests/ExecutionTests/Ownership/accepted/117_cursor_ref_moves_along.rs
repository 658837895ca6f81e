fn main() {
    let mut heights = vec![150, 172, 165];
    let mut tallest = &heights[0];
    for h in &heights {
        if h > tallest {
            tallest = h;
        }
    }
    println!("tallest {}", tallest);
    heights.push(180);
    println!("{}", heights.len());
}
