use std::mem::size_of_val;

fn main() {
    let a = 5;
    let b = 7.5;
    let s = String::from("hello");

    let nothing = || 42;
    let one_ref = || a + 1;
    let two_refs = || a as f64 + b;
    let by_move = move || a * 2;
    let owns_string = move || s.len();

    println!("nothing:     {} bytes", size_of_val(&nothing));
    println!("one_ref:     {} bytes", size_of_val(&one_ref));
    println!("two_refs:    {} bytes", size_of_val(&two_refs));
    println!("by_move:     {} bytes", size_of_val(&by_move));
    println!("owns_string: {} bytes", size_of_val(&owns_string));

    println!("{} {} {} {} {}", nothing(), one_ref(), two_refs(), by_move(), owns_string());
}
