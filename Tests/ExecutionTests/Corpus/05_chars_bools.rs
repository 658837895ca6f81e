// char and bool values: comparisons, Unicode scalar values, short-circuit logic.
fn check(label: &str, value: bool) -> bool {
    println!("check {}", label);
    value
}

fn main() {
    let c = 'z';
    let heart = '♥';
    let crab = '🦀';
    println!("{} {} {}", c, heart, crab);
    println!("{} {} {}", c as u32, heart as u32, crab as u32);
    println!("{}", 'a' < 'b');
    println!("{}", 'Z' < 'a');
    let digit = '7';
    let value = digit as u32 - '0' as u32;
    println!("digit value {}", value);
    let t = true;
    let f = false;
    println!("{} {} {} {}", t && f, t || f, !t, t != f);
    if check("first", false) && check("second", true) {
        println!("both");
    }
    if check("third", true) || check("fourth", true) {
        println!("either");
    }
    let both = check("fifth", true) & check("sixth", false);
    println!("{}", both);
    println!("{}", std::mem::size_of_val(&crab));
}
