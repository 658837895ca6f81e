fn shout(text: &str) -> String {
    text.to_uppercase()
}

fn run_twice(f: fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn main() {
    println!("{}", run_twice(shout, 2));
}
