// A parking lot with numbered slots: each slot is an Option<String>.
fn park(slots: &mut Vec<Option<String>>, plate: &str) -> Option<usize> {
    let free = slots.iter().position(|s| s.is_none())?;
    slots[free].replace(plate.to_string());
    Some(free)
}

fn main() {
    let mut slots: Vec<Option<String>> = vec![None, None, None];
    println!("slot for AB-123: {:?}", park(&mut slots, "AB-123"));
    println!("slot for CD-456: {:?}", park(&mut slots, "CD-456"));

    // A car leaves: take() moves the plate out and leaves None behind.
    let left = slots[0].take();
    println!("left: {:?}, slots now {:?}", left, slots);

    // replace() hands back what was there before.
    let swapped = slots[1].replace(String::from("EF-789"));
    println!("swapped out {:?}", swapped);

    for slot in &slots {
        let long_plate = slot.as_ref().filter(|p| p.len() > 5);
        println!("long plate: {:?}", long_plate);
    }

    let nothing = None::<u8>;
    println!("{:?} {:?}", nothing.or(Some(7)), nothing.xor(Some(8)));
    let paired = Some(3).zip(Some('c'));
    if let Some((n, c)) = paired {
        println!("{} {}", n, c);
    }
    println!("size of Option<String>: {}", std::mem::size_of::<Option<String>>());
}
