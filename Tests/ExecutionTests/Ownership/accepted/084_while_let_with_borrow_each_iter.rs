fn main() {
    let mut tasks = vec![String::from("wash"), String::from("cook")];
    let mut done = 0;
    while let Some(t) = tasks.last() {
        println!("doing {}", t);
        tasks.pop();
        done += 1;
    }
    println!("done {}", done);
}
