// panic! with format arguments, including inline names.
fn check_age(age: i32) -> i32 {
    if age < 0 {
        panic!("invalid age {} (must be at least {})", age, 0);
    }
    age
}

fn main() {
    let ages = [30, 12, -4];
    let name = "Grace";
    for age in ages {
        println!("{name} is {}", check_age(age));
    }
}
