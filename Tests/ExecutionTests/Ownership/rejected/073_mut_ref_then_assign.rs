fn main() {
    let mut level = 1;
    let handle = &mut level;
    level = 2;
    *handle += 1;
    println!("{}", level);
}
