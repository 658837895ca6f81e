// Tuples and arrays: construction, destructuring, indexing and their Debug output.
fn min_max(values: &[i32]) -> (i32, i32) {
    let mut lo = values[0];
    let mut hi = values[0];
    for v in values {
        if *v < lo {
            lo = *v;
        }
        if *v > hi {
            hi = *v;
        }
    }
    (lo, hi)
}

fn main() {
    let t = (1, 2.5, 'c', "str", true);
    println!("{:?}", t);
    println!("{} {} {} {} {}", t.0, t.1, t.2, t.3, t.4);
    let single = (5,);
    let unit = ();
    println!("{:?} {:?}", single, unit);
    let (a, b) = (10, 20);
    let (b, a) = (a, b);
    println!("a = {}, b = {}", a, b);
    let arr = [3, 1, 4, 1, 5, 9, 2, 6];
    println!("{:?} len {}", arr, arr.len());
    let (lo, hi) = min_max(&arr);
    println!("min {} max {}", lo, hi);
    let grid = [[0u8; 3]; 2];
    println!("{:?}", grid);
    let mut m = [[1, 2], [3, 4]];
    m[1][0] = 30;
    println!("{:?}", m);
    println!("{:#?}", (1, "two"));
    println!("{:#?}", [7, 8]);
    let nested = ((1, 2), [3, 4], ("x", 'y'));
    println!("{:?}", nested);
    let empty: [i32; 0] = [];
    println!("{:?} {:#?}", empty, empty);
    let mut pair = (String::from("left"), 0);
    pair.1 += 5;
    pair.0.push('!');
    println!("{:?}", pair);
}
