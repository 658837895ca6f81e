// Sorting and picking with closures over struct fields.
#[derive(Debug)]
struct Student {
    name: String,
    grade: u32,
    age: u8,
}

fn main() {
    let mut students = vec![
        Student { name: String::from("Maya"), grade: 88, age: 20 },
        Student { name: String::from("Leo"), grade: 92, age: 19 },
        Student { name: String::from("Ana"), grade: 88, age: 22 },
        Student { name: String::from("Sam"), grade: 75, age: 19 },
    ];

    // Highest grade first, then by name.
    students.sort_by(|a, b| b.grade.cmp(&a.grade).then(a.name.cmp(&b.name)));
    for s in &students {
        println!("{:<5} {}", s.name, s.grade);
    }

    students.sort_by_key(|s| s.age);
    let names: Vec<&str> = students.iter().map(|s| s.name.as_str()).collect();
    println!("{:?}", names);

    let oldest = students.iter().max_by(|a, b| a.age.cmp(&b.age)).unwrap();
    println!("oldest: {}", oldest.name);
    let weakest = students.iter().min_by_key(|s| s.grade).unwrap();
    println!("weakest: {:?}", weakest);

    let mut pairs = vec![("b", 2), ("a", 2), ("c", 5)];
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("{:?}", pairs);

    let pass_mark = 80;
    students.retain(|s| s.grade >= pass_mark);
    println!("{} passed", students.len());
    for s in &students {
        println!("{} ({})", s.name, s.age);
    }
}
