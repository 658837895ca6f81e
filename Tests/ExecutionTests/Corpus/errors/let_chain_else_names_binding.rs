fn main() {
    let x = 10;
    let a: Option<i32> = Some(4);
    if let Some(x) = a && x > 5 {
        println!("big {x}");
    } else {
        println!("outer {x}");
    }
}
