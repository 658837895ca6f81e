fn main() {
    let mut last: &i32 = &0;
    let mut i = 0;
    while i < 4 {
        let square = i * i;
        last = &square;
        i += 1;
    }
    println!("last square: {}", last);
}
