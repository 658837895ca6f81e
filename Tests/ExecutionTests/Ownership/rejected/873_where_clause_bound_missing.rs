use std::fmt::Display;
struct Point { x: i32 }
fn show_all<T>(items: &[T])
where
    T: Display + Clone,
{
    for it in items { println!("{}", it.clone()); }
}
fn main() {
    let pts = vec![Point { x: 1 }];
    println!("{}", pts[0].x);
    show_all(&pts);
}
