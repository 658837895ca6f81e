fn first_or_insert(v: &mut Vec<i32>) -> &i32 {
    if let Some(x) = v.first() {
        return x;
    }
    v.push(0);
    &v[0]
}

fn main() {
    let mut v = Vec::new();
    println!("{}", first_or_insert(&mut v));
}
