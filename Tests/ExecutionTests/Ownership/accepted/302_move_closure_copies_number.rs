fn main() {
    let mut x = 5;
    let show = move || println!("captured {x}");
    x += 1;
    show();
    println!("now {x}");
}
