// A Vec, an array and a slice compare with one another element by element:
// the comparisons std implements across them, and assert_eq! on a slice.
fn main() {
    let v = vec![3, 1, 4];
    let a = [3, 1, 4];
    let s: &[i32] = &v[..2];

    println!("v == a: {}", v == a);
    println!("v == &a: {}", v == &a);
    println!("v != [3, 1, 5]: {}", v != [3, 1, 5]);
    println!("s == [3, 1]: {}", s == [3, 1]);
    println!("[3, 1] == s: {}", [3, 1] == s);
    println!("v == s: {}", v == s);
    println!("s == v: {}", s == v);
    println!("&a == &v[..]: {}", &a == &v[..]);
    println!("&v == s: {}", &v == s);

    let mut sorted = v.clone();
    sorted.sort();
    println!("sorted == [1, 3, 4]: {}", sorted == [1, 3, 4]);
    let tail = &mut sorted[1..];
    tail[0] = 9;
    println!("tail == [9, 4]: {}", tail == [9, 4]);

    let names = vec![String::from("ann"), String::from("bob")];
    let expected = [String::from("ann"), String::from("bob")];
    println!("names == expected: {}", names == expected);

    // The Vec is only borrowed by the comparison: it is still here.
    let empty: Vec<i32> = Vec::new();
    println!("empty == []: {}", empty == []);
    println!("{:?} {:?} {:?}", v, a, names);

    assert_eq!(s, &[3, 1]);
    assert_eq!(v, [3, 1, 4]);
    assert_ne!(&v[1..], &[1, 5]);
    assert_eq!(&v[1..], &[1, 5], "tail of {:?}", v);
}
