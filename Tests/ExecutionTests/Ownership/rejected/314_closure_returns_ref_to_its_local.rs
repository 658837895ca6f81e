fn main() {
    let make = || {
        let s = String::from("local");
        &s
    };
    println!("{}", make());
}
