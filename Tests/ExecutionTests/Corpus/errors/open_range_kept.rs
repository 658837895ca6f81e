fn main() {
    let from_three = 3..;
    for i in from_three {
        if i > 5 {
            break;
        }
        println!("{}", i);
    }
}
