fn first_even(limit: &i32) -> &i32 {
    let mut evens = Vec::new();
    for i in 0..*limit {
        if i % 2 == 0 {
            evens.push(i);
        }
    }
    &evens[0]
}

fn main() {
    println!("{}", first_even(&10));
}
