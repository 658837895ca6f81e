// `move` closures take ownership of what they use.
fn main() {
    let name = String::from("Ferris");
    let greeting = move || {
        println!("Hello, {}!", name);
        name.len()
    };
    let n = greeting();
    println!("the name had {} letters", n);
    println!("greeting called again: {}", greeting());

    let numbers = vec![1, 2, 3, 4];
    let total = move || {
        let mut sum = 0;
        for x in &numbers {
            sum += x;
        }
        sum
    };
    println!("sum = {}", total());
    println!("size of the closure: {} bytes", std::mem::size_of_val(&total));
}
