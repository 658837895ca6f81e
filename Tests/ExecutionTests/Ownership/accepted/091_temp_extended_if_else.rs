fn main() {
    let morning = false;
    let greeting = if morning {
        &String::from("good morning")
    } else {
        &String::from("good evening")
    };
    println!("{}", greeting);
}
