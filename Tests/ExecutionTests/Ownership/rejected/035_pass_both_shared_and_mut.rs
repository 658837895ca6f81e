fn copy_into(dst: &mut Vec<i32>, src: &Vec<i32>) {
    for x in src {
        dst.push(*x);
    }
}

fn main() {
    let mut v = vec![1, 2];
    copy_into(&mut v, &v);
    println!("{:?}", v);
}
