// Iterating a Vec: by reference, by mutable reference, iter(), iter_mut() and by value.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let mut sum = 0;
    for x in &v {
        sum += x;
    }
    println!("sum {}", sum);
    for x in &mut v {
        *x *= 10;
    }
    println!("{:?}", v);
    for x in v.iter_mut() {
        *x += 1;
    }
    let mut count = 0;
    for x in v.iter() {
        if *x > 25 {
            count += 1;
        }
    }
    println!("{:?} count over 25: {}", v, count);
    let words = vec![String::from("one"), String::from("two"), String::from("three")];
    let mut total = 0;
    for w in words {
        total += w.len();
        println!("owned {} ({} bytes)", w, w.len());
    }
    println!("total {}", total);
    let mut index = 0;
    while index < v.len() {
        print!("[{}]={} ", index, v[index]);
        index += 2;
    }
    println!();
    let nested = vec![vec![1, 2], vec![3], vec![]];
    for row in &nested {
        println!("row {:?} len {}", row, row.len());
    }
}
