// A derived PartialOrd orders enum variants by their discriminants, not by where they are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Severity {
    Warning = 20,
    Info = 10,
    Fatal = 50,
    Error = 40,
}

fn main() {
    println!("Warning > Info: {}", Severity::Warning > Severity::Info);
    println!("Fatal vs Error: {:?}", Severity::Fatal.cmp(&Severity::Error));
    println!("Info < Error: {}", Severity::Info < Severity::Error);

    let mut seen = vec![Severity::Error, Severity::Info, Severity::Fatal, Severity::Warning, Severity::Info];
    seen.sort();
    println!("sorted: {:?}", seen);
    println!("worst: {:?}", seen.iter().max());
    println!("mildest: {:?}", seen.iter().min());
    for s in &seen {
        println!("{:?} = {}", s, *s as i32);
    }
}
