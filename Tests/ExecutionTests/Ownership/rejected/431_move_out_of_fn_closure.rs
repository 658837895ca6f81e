// A closure passed where Fn is wanted gives away the String it captured.
fn run<F: Fn() -> String>(f: F) -> String {
    f()
}

fn main() {
    let name = String::from("Ferris");
    let greeting = run(move || name);
    println!("{}", greeting);
}
