use std::collections::VecDeque;

fn main() {
    let mut line = VecDeque::from([1, 2, 3]);
    let front = line.front_mut().unwrap();
    let back = line.back_mut().unwrap();
    *front += 1;
    *back += 1;
    println!("{:?}", line);
}
