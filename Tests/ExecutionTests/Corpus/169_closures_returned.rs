// Returning closures, and FnOnce consuming what it captured.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_greeting(name: String) -> impl Fn() -> String {
    move || format!("Hello, {}!", name)
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let add5 = make_adder(5);
    println!("add5(10) = {}", add5(10));
    println!("size of add5: {}", std::mem::size_of_val(&add5));
    let greet = make_greeting(String::from("Ferris"));
    println!("{}", greet());
    println!("size of greet: {}", std::mem::size_of_val(&greet));

    let name = String::from("crab");
    let give_back = move || name;
    println!("size of give_back: {}", std::mem::size_of_val(&give_back));
    let s = consume(give_back);
    println!("got {} (len {}, cap {})", s, s.len(), s.capacity());

    let word = String::from("owned");
    let once = move || {
        let mut w = word;
        w.push('!');
        w
    };
    let result = once();
    println!("{}", result);
}
