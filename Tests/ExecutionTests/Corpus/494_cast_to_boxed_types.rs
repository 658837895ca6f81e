// `as` with a type that has generic arguments: an identity cast and an unsizing
// cast of boxed closures to a trait object.
fn make_multipliers(n: usize) -> Vec<Box<dyn Fn() -> usize>> {
    let mut out = Vec::new();
    for i in 1..=n {
        out.push(Box::new(move || i * 100) as Box<dyn Fn() -> usize>);
    }
    out
}

fn main() {
    let b = Box::new(5) as Box<i32>;
    println!("boxed: {}", b);

    let add_one = Box::new(|x: i32| x + 1) as Box<dyn Fn(i32) -> i32>;
    println!("add_one(41) = {}", add_one(41));

    for (index, f) in make_multipliers(3).iter().enumerate() {
        println!("multiplier {} gives {}", index, f());
    }

    let small: u8 = 200;
    let shifted = (small as u32) << 2;
    let below = (small as usize) < 300;
    println!("{shifted} {below}");
}
