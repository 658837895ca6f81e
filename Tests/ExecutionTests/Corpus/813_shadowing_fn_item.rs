// An inner fn with the same name as a file-level one hides it inside main only.
fn describe(n: i32) -> String {
    format!("outer sees {}", n)
}

fn report() {
    println!("{}", describe(1));
}

fn main() {
    fn describe(n: i32) -> String {
        format!("inner sees {}", n * 10)
    }
    println!("{}", describe(2));
    report();

    fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
        let mut best = items[0];
        for &item in items {
            if item > best {
                best = item;
            }
        }
        best
    }
    println!("{}", largest(&[3, 9, 2]));
    println!("{}", largest(&['q', 'z', 'a']));
    let words = vec!["pear", "fig"];
    println!("{}", largest(&words));
}
