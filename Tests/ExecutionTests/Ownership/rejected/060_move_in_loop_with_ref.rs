fn main() {
    let items = vec![String::from("a"), String::from("b")];
    let count_ref = &items;
    for it in items {
        println!("{}", it);
    }
    println!("{}", count_ref.len());
}
