use std::thread;

static UNITS: &str = "bytes";

fn describe(s: &'static str) -> usize {
    s.len()
}

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let n = describe("literal");
    let m = describe(UNITS);
    let owned = String::from("two words");
    let w = first_word(&owned);
    // Leaking a Box gives a reference that lives for the rest of the program.
    let leaked: &'static String = Box::leak(Box::new(owned.clone()));
    let h = thread::spawn(move || leaked.len());
    println!("{} {} {} {}", n, m, w, h.join().unwrap());
}
