fn main() {
    let mut pick: Option<&i32> = None;
    if pick.is_none() {
        pick = vec![7, 8, 9].get(1);
    }
    println!("{:?}", pick);
}
