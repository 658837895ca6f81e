fn main() {
    let choice = 2;
    let label: &String = match choice {
        1 => {
            let one = String::from("one");
            &one
        }
        _ => {
            let other = String::from("other");
            &other
        }
    };
    println!("{}", label);
}
