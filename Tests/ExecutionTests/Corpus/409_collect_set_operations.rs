use std::collections::HashSet;

// Compare two classes' enrolments with sets built from lists.
fn main() {
    let maths = ["ana", "ben", "cleo", "dev", "eli"];
    let music = vec!["cleo", "eli", "fay", "gus"];

    let in_maths: HashSet<&str> = maths.into_iter().collect();
    let in_music: HashSet<&str> = music.iter().copied().collect();

    let mut both: Vec<&str> = in_maths.iter().filter(|s| in_music.contains(*s)).cloned().collect();
    both.sort();
    println!("in both: {:?}", both);

    let only_maths: HashSet<&str> = in_maths.iter().filter(|s| !in_music.contains(*s)).cloned().collect();
    println!("{} only in maths (capacity {})", only_maths.len(), only_maths.capacity());
    println!("capacities {} and {}", in_maths.capacity(), in_music.capacity());
}
