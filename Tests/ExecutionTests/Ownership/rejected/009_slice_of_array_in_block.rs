fn main() {
    let slice: &[i32];
    {
        let numbers = [1, 2, 3, 4];
        slice = &numbers[1..3];
    }
    println!("{:?}", slice);
}
