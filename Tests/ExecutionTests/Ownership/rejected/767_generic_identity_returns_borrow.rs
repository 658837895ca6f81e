// A generic `T` returned as it came: with `T = &String` the result borrows `s`.
fn identity<T>(value: T) -> T {
    value
}

fn main() {
    let kept;
    {
        let s = String::from("short-lived");
        kept = identity(&s);
    }
    println!("{}", kept);
}
