// debug_assert! and its _eq/_ne forms check only in a debug build, where they behave like
// assert!: the same checks and the same messages.
fn average(marks: &[u32]) -> u32 {
    debug_assert!(!marks.is_empty(), "no marks given");
    let total: u32 = marks.iter().sum();
    total / marks.len() as u32
}

fn main() {
    let marks = vec![70, 80, 90];
    let mean = average(&marks);
    debug_assert_eq!(mean, 80);
    debug_assert_ne!(mean, 0, "mean of {:?} is zero", marks);
    println!("mean is {}", mean);
    let doubled: Vec<u32> = marks.iter().map(|m| m * 2).collect();
    debug_assert!(doubled.len() == marks.len());
    println!("doubled {:?}", doubled);
    debug_assert_eq!(doubled[0] + 1, 140, "first doubled mark was {}", doubled[0]);
    println!("not reached");
}
