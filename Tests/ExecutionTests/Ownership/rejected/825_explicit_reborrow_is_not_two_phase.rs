// Written out, `&mut *list` is an ordinary mutable borrow, taken before the next argument
// reads through `list`.
fn record(list: &mut Vec<u32>, n: u32) {
    list.push(n);
}

fn main() {
    let mut log = vec![7];
    let list = &mut log;
    let head = list.first().unwrap();
    record(&mut *list, *head);
    println!("{:?}", log);
}
