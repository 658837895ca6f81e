// std's methods that take a closure, called inside a closure: `Option::map`, `sort_by`,
// `retain`, `[T; N]::map`, `map_err` and `and_then` each call the inner closure in a frame.
fn main() {
    let bump = |v: Option<i32>| v.map(|x| x + 1).unwrap_or(0);
    println!("{} {}", bump(Some(4)), bump(None));

    let mut v = vec![5, 3, 8, 1];
    let mut sorter = |desc: bool| {
        if desc {
            v.sort_by(|a, b| b.cmp(a));
        } else {
            v.sort();
        }
    };
    sorter(true);
    println!("{:?}", v);

    let mut w = vec![1, 2, 3, 4, 5, 6, 7, 8, 9];
    let mut drop_multiples = |m: i32| w.retain(|x| x % m != 0);
    drop_multiples(2);
    drop_multiples(3);
    println!("{:?} (capacity {})", w, w.capacity());

    let squares = |a: [i32; 3]| a.map(|x| x * x);
    println!("{:?}", squares([1, 2, 3]));

    let parse = |s: &str| {
        s.parse::<i32>()
            .map_err(|e| e.to_string())
            .and_then(|n| if n > 0 { Ok(n) } else { Err(String::from("not positive")) })
    };
    println!("{:?} {:?} {:?}", parse("5"), parse("-1"), parse("x"));

    let names = vec![String::from("ann"), String::from("bob")];
    let shout = |i: usize| names.get(i).map(|n| n.to_uppercase()).unwrap_or_else(|| String::from("?"));
    println!("{} {}", shout(1), shout(5));
}
