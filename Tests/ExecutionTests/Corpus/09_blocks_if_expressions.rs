// if/else and blocks as expressions; shadowing of plain values.
fn sign(n: i32) -> String {
    let word = if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else {
        "positive"
    };
    word.to_string()
}

fn main() {
    for n in [-4, 0, 9] {
        println!("{} is {}", n, sign(n));
    }
    let x = 5;
    let y = {
        let x = x * 2;
        x + 1
    };
    println!("x = {}, y = {}", x, y);
    let parity = if y % 2 == 0 { "even" } else { "odd" };
    println!("{} is {}", y, parity);
    let x = "now a string";
    println!("{}", x);
    let x = x.len();
    println!("{}", x);
    let nothing = {};
    println!("{:?}", nothing);
    let max = if x > y { x } else { y as usize };
    println!("max = {}", max);
}
