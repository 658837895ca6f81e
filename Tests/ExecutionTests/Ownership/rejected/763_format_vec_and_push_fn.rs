// format! takes &v first, then bump(&mut v) conflicts with it (E0502).
fn bump(v: &mut Vec<i32>) -> usize {
    v.push(1);
    v.len()
}

fn main() {
    let mut v = vec![1];
    let line = format!("{:?} has {}", v, bump(&mut v));
    println!("{}", line);
}
