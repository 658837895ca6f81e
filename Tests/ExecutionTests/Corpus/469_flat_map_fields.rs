// Flattening a class's grades, letters and words: flat_map over fields of borrowed students.
struct Student { name: String, grades: Vec<u32> }
fn main() {
    let students = vec![
        Student { name: "ann lee".to_string(), grades: vec![90, 80] },
        Student { name: "bo".to_string(), grades: vec![70] },
    ];
    let all: Vec<u32> = students.iter().flat_map(|s| s.grades.iter().copied()).collect();
    println!("{:?} {}", all, all.capacity());
    let letters: Vec<char> = students.iter().flat_map(|s| s.name.chars()).collect();
    println!("{:?} {}", letters, letters.capacity());
    let words: Vec<&str> = students.iter().flat_map(|s| s.name.split(' ')).collect();
    println!("{:?} {}", words, words.capacity());
    let grid = vec![vec![1, 2], vec![3]];
    let firsts: Vec<&i32> = (0..2).flat_map(|i| grid[i].iter()).collect();
    println!("{:?}", firsts);
    for g in students.iter().flat_map(|s| s.grades.iter()) { print!("{} ", g); }
    println!();
}
