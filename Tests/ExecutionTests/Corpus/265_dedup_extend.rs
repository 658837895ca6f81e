fn main() {
    let mut rolls = vec![3, 3, 5, 5, 5, 1, 3, 3];
    println!("before {:?} cap {}", rolls, rolls.capacity());
    rolls.dedup();
    println!("after {:?} cap {}", rolls, rolls.capacity());
    rolls.extend(&[7, 7, 8]);
    println!("{:?} cap {}", rolls, rolls.capacity());
    rolls.extend(10..=14);
    println!("{:?} len {} cap {}", rolls, rolls.len(), rolls.capacity());
    let mut v: Vec<u8> = Vec::new();
    v.extend(0..3);
    println!("{:?} {}", v, v.capacity());
    println!("{} {}", rolls.contains(&8), rolls.contains(&2));
    println!("{:?} {:?}", rolls.first(), rolls.last());
}
