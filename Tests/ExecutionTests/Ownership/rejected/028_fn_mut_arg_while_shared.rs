fn add_one(v: &mut Vec<i32>) {
    v.push(1);
}

fn main() {
    let mut v = vec![0];
    let len_ref = &v;
    add_one(&mut v);
    println!("{}", len_ref.len());
}
