#[derive(Debug)]
struct Student {
    name: String,
    grade: u32,
}

fn main() {
    let mut students = vec![
        Student { name: String::from("Mia"), grade: 81 },
        Student { name: String::from("Leo"), grade: 92 },
        Student { name: String::from("Ava"), grade: 81 },
        Student { name: String::from("Zoe"), grade: 67 },
    ];
    students.sort_by_key(|s| s.grade);
    for s in &students {
        println!("{:<4}{}", s.name, s.grade);
    }
    students.sort_by(|a, b| b.grade.cmp(&a.grade));
    println!("top: {:?}", students[0]);
    students.sort_by(|a, b| a.name.cmp(&b.name));
    for s in students.iter().rev() {
        print!("{} ", s.name);
    }
    println!();
}
