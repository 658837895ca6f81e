// Slices: &[T] parameters, range slicing of arrays and vectors, len and iteration.
fn sum(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += v;
    }
    total
}

fn largest(values: &[i32]) -> i32 {
    let mut best = values[0];
    for v in values.iter() {
        if *v > best {
            best = *v;
        }
    }
    best
}

fn double_all(values: &mut [i32]) {
    for v in values.iter_mut() {
        *v *= 2;
    }
}

fn main() {
    let arr = [10, 20, 30, 40, 50];
    let middle = &arr[1..4];
    println!("{:?} len {}", middle, middle.len());
    println!("{:?} {:?} {:?}", &arr[..2], &arr[3..], &arr[..]);
    println!("{:?}", &arr[2..=3]);
    println!("sum {} largest {}", sum(&arr), largest(middle));
    let mut v = vec![3, 1, 4, 1, 5];
    double_all(&mut v[1..3]);
    println!("{:?}", v);
    println!("sum of vec {}", sum(&v));
    let empty = &arr[2..2];
    println!("{:?} {}", empty, empty.is_empty());
    let s = "hello world";
    let hello = &s[0..5];
    let world = &s[6..];
    println!("{} | {} | {}", hello, world, hello.len());
    println!("{}", std::mem::size_of_val(middle));
    println!("{}", std::mem::size_of_val(&middle));
    println!("{}", std::mem::size_of_val(world));
}
