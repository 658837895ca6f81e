fn main() {
    let mut names = vec![String::from("ann"), String::from("bo")];
    let (last, rest) = names.split_last_mut().unwrap();
    println!("{} names", names.len());
    last.push_str(&rest[0]);
}
