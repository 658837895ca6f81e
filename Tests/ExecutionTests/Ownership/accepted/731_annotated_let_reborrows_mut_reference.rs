// A `let` that writes the type `&mut Vec<i32>` reborrows the reference it is given, so the
// original is usable again once the new one is done; passing it to a function reborrows too.
fn add_all(v: &mut Vec<i32>, extra: &[i32]) {
    for e in extra {
        v.push(*e);
    }
}

fn main() {
    let mut data = vec![1, 2, 3];
    let a = &mut data;
    let b: &mut Vec<i32> = a;
    b.push(5);
    a.push(4);
    let c = &mut *a;
    c.push(7);
    a.push(8);
    add_all(a, &[9, 10]);
    a.push(11);
    println!("{:?}", data);
}
