fn main() {
    let scores = vec![("ann", 3), ("bo", 9)];
    let best = |v: &Vec<(&str, i32)>| &v[0];
    println!("{:?}", best(&scores));
}
