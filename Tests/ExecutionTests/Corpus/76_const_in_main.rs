// Constants declared inside main, used before and after their declaration.
fn seconds_in(hours: u32) -> u32 {
    hours * 60 * 60
}

fn main() {
    println!("limit is {}", MAX_POINTS);
    const MAX_POINTS: u32 = 100_000;
    const THREE_HOURS: u32 = 60 * 60 * 3;
    static NAME: &str = "timer";
    let buffer = [0u8; SIZE];
    const SIZE: usize = 4;
    println!("{} {} {}", THREE_HOURS, seconds_in(3) == THREE_HOURS, NAME);
    println!("{:?} {}", buffer, std::mem::size_of_val(&buffer));
    let score = 100_000;
    match score {
        MAX_POINTS => println!("perfect"),
        _ => println!("keep going"),
    }
}
