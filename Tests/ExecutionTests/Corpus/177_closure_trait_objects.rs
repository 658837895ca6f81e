// Closures as trait objects: a Vec of boxed closures, and an FnMut behind &mut dyn.
fn call_twice(f: &dyn Fn()) {
    f();
    f();
}

fn make_op(kind: &str) -> Box<dyn Fn(i32, i32) -> i32> {
    if kind == "add" {
        Box::new(|a, b| a + b)
    } else {
        let factor = 2;
        Box::new(move |a, b| (a - b) * factor)
    }
}

fn tick(counter: &mut dyn FnMut() -> u32) -> u32 {
    counter()
}

fn main() {
    let name = String::from("Ferris");
    let greet = || println!("hello {}", name);
    call_twice(&greet);

    let ops: Vec<Box<dyn Fn(i32, i32) -> i32>> = vec![make_op("add"), make_op("sub")];
    for op in &ops {
        println!("op(7, 3) = {}", op(7, 3));
    }
    println!("Box<dyn Fn(i32, i32) -> i32>: {}", std::mem::size_of::<Box<dyn Fn(i32, i32) -> i32>>());

    let mut count = 0;
    let mut counter = || {
        count += 1;
        count
    };
    println!("{} {}", tick(&mut counter), tick(&mut counter));
    let suffix = String::from("!");
    let shout: Box<dyn Fn(&str) -> String> = Box::new(move |s| format!("{}{}", s, suffix));
    println!("{}", shout("hey"));
    println!("size_of_val(&*shout) = {}", std::mem::size_of_val(&*shout));
}
