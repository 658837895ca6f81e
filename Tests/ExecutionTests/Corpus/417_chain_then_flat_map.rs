// Two class lists joined with chain, then every letter of every name with flat_map.
fn main() {
    let class_a = vec!["Mo", "Ines"];
    let class_b = vec!["Yuki", "Al", "Sam"];

    let everyone: Vec<&str> = class_a.iter().chain(class_b.iter()).copied().collect();
    println!("{:?} (capacity {})", everyone, everyone.capacity());

    let letters = everyone.iter().flat_map(|name| name.chars()).count();
    println!("{} letters", letters);

    let initials: String = class_a.iter().chain(&class_b).map(|n| n.chars().next().unwrap()).collect();
    println!("initials {} (capacity {})", initials, initials.capacity());

    let lengths: Vec<usize> = class_a.iter().chain(&class_b).map(|n| n.len()).collect();
    println!("lengths {:?} (capacity {})", lengths, lengths.capacity());

    let mut pairs = 0;
    for name in class_b.iter().chain(class_a.iter()).rev() {
        pairs += 1;
        println!("{}: {}", pairs, name);
    }

    let ids: Vec<u8> = (1..4).chain(10..12).collect();
    let guests = [100u8, 200];
    let id_total: u32 = ids.iter().chain(&guests).map(|i| *i as u32).sum();
    println!("ids {:?}, total with guests {}", ids, id_total);
}
