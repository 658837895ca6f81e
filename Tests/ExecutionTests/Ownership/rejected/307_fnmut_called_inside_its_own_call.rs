fn main() {
    let mut calls = 0;
    let mut twice = |x: i32| {
        calls += 1;
        x * 2
    };
    let r = twice(twice(1));
    println!("{r} {calls}");
}
