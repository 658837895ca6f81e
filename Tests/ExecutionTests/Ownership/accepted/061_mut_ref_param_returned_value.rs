fn longest_len(list: &mut Vec<String>) -> usize {
    list.push(String::from("extra"));
    let mut best = 0;
    for s in list.iter() {
        if s.len() > best {
            best = s.len();
        }
    }
    best
}

fn main() {
    let mut v = vec![String::from("abc")];
    let n = longest_len(&mut v);
    v.push(String::from("z"));
    println!("{} {}", n, v.len());
}
