fn first(v: &Vec<i32>) -> &i32 {
    &v[0]
}

fn main() {
    let mut v = vec![9, 8, 7];
    let f = first(&v);
    println!("first = {}", f);
    v.push(6);
    println!("{:?}", v);
}
