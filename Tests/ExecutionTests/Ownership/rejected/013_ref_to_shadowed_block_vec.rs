fn main() {
    let first: &i32;
    {
        let v = vec![10, 20, 30];
        first = &v[0];
    }
    println!("first = {}", first);
}
