// A closure that captures nothing coerces to a fn pointer; a struct can hold one.
struct Button {
    label: String,
    on_click: fn(u32) -> u32,
}

fn press(button: &Button, clicks: u32) -> u32 {
    println!("pressing {}", button.label);
    (button.on_click)(clicks)
}

fn run_all(steps: &[fn(u32) -> u32], start: u32) -> u32 {
    let mut value = start;
    for step in steps {
        value = step(value);
    }
    value
}

fn main() {
    let add_one: fn(u32) -> u32 = |n| n + 1;
    println!("add_one(41) = {}", add_one(41));

    let ok = Button { label: String::from("OK"), on_click: |n| n * 10 };
    let cancel = Button { label: String::from("Cancel"), on_click: add_one };
    println!("{}", press(&ok, 3));
    println!("{}", press(&cancel, 3));

    let pipeline: Vec<fn(u32) -> u32> = vec![add_one, |n| n * 2, |n| n.pow(2)];
    println!("pipeline has {} steps, cap {}", pipeline.len(), pipeline.capacity());
    println!("run_all = {}", run_all(&pipeline, 4));

    let table: [(char, fn(i64, i64) -> i64); 4] =
        [('+', |a, b| a + b), ('-', |a, b| a - b), ('*', |a, b| a * b), ('/', |a, b| a / b)];
    for (symbol, op) in table {
        println!("20 {} 4 = {}", symbol, op(20, 4));
    }
    let divide = table[3].1;
    println!("{}", divide(7, 0));
}
