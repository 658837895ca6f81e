// Vec<String>: 24-byte elements follow the same 4, 8, 16 growth; each String owns its own buffer.
fn main() {
    let mut names: Vec<String> = Vec::new();
    let words = ["ant", "bee", "cat", "dog", "eel", "fox", "gnu", "hen", "ibis", "jay"];
    for w in words.iter() {
        names.push(w.to_string());
        let last = &names[names.len() - 1];
        println!(
            "len {:>2} cap {:>2} last {:?} (cap {})",
            names.len(),
            names.capacity(),
            last,
            last.capacity()
        );
    }
    let mut total = 0;
    for n in &names {
        total += n.len();
    }
    println!("total bytes {}", total);
    println!("{}", std::mem::size_of_val(&names));
    let mut boxes: Vec<Box<i32>> = Vec::new();
    print!("Box caps:");
    for i in 0..9 {
        boxes.push(Box::new(i));
        print!(" {}", boxes.capacity());
    }
    println!();
}
