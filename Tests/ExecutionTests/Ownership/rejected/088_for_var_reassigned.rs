fn main() {
    for i in 0..5 {
        if i % 2 == 0 {
            i = i + 1;
        }
        println!("{}", i);
    }
}
