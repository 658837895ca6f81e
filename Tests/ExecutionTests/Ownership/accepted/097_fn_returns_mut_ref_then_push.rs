fn last(v: &mut Vec<i32>) -> &mut i32 {
    let n = v.len();
    &mut v[n - 1]
}

fn main() {
    let mut v = vec![1, 2, 3];
    *last(&mut v) += 100;
    v.push(4);
    let l = last(&mut v);
    *l = 0;
    println!("{:?}", v);
}
