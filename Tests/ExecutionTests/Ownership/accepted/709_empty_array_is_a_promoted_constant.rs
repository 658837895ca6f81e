// An empty array literal `&[]` is a promoted constant: it lives for the whole run, so a
// reference to it (or a function's result borrowed from it) is fine after the statement.
fn id(x: &[f64]) -> &[f64] {
    x
}

fn first_or_all(x: &mut [i32]) -> &mut [i32] {
    x
}

fn names(list: &[String]) -> &[String] {
    list
}

fn main() {
    let e = id(&[]);
    println!("{}", e.len());
    let s: &[i32] = &[];
    let n = s.len();
    println!("{} {} {:?}", n, s.is_empty(), s);
    let none = names(&[]);
    println!("{:?}", none);
    let m = first_or_all(&mut []);
    println!("{}", m.len());
    let unit = Some(&()).unwrap();
    println!("{:?}", unit);
}
