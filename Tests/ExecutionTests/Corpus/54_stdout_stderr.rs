// stdout and stderr are separate streams; a normal exit has status 0.
fn report(step: u32) {
    if step % 3 == 0 {
        eprintln!("warning: step {} is a multiple of three", step);
    } else {
        println!("step {}", step);
    }
}

fn main() {
    for step in 1..=7 {
        report(step);
    }
    eprintln!("error line");
    print!("a");
    print!("b");
    println!("c");
    eprintln!("{:?}", (1, "two"));
    eprintln!("{:>6}|", "right");
    println!("finished");
}
