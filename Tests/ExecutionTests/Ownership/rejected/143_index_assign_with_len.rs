fn main() {
    let mut line = vec!['a', 'b', 'c'];
    line[line.len() - 1] = 'z';
    println!("{:?}", line);
}
