// Keeping only some items with `into_iter().filter(..).collect()`: the kept Strings are moved
// to the front of the same buffer, the others are freed on the way.
fn main() {
    let mut names: Vec<String> = Vec::with_capacity(10);
    for name in ["ada", "grace", "alan", "barbara", "linus"] {
        names.push(name.to_string());
    }
    let address = names.as_ptr() as usize;
    println!("before: {:?} len {} capacity {}", names, names.len(), names.capacity());

    let long_names: Vec<String> = names.into_iter().filter(|n| n.len() > 4).collect();
    println!("after: {:?} len {} capacity {}", long_names, long_names.len(), long_names.capacity());
    println!("same buffer: {}", address == long_names.as_ptr() as usize);

    let scores = vec![72, 95, 40, 88, 61, 99];
    let address = scores.as_ptr() as usize;
    let passed: Vec<i32> = scores.into_iter().filter(|s| *s >= 60).collect();
    println!("passed: {:?} len {} capacity {}", passed, passed.len(), passed.capacity());
    println!("same buffer: {}", address == passed.as_ptr() as usize);

    let nothing: Vec<i32> = passed.into_iter().filter(|s| *s > 100).collect();
    println!("nothing: {:?} len {} capacity {}", nothing, nothing.len(), nothing.capacity());
}
