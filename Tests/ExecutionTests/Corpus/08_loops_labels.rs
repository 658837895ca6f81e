// Loops: while, loop with break value, labelled break and continue, inclusive ranges.
fn main() {
    let mut n = 27;
    let mut steps = 0;
    while n != 1 {
        if n % 2 == 0 {
            n /= 2;
        } else {
            n = 3 * n + 1;
        }
        steps += 1;
    }
    println!("collatz(27) takes {} steps", steps);

    let mut counter = 0;
    let doubled = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("loop gave {}", doubled);

    'outer: for i in 1..=5 {
        for j in 1..=5 {
            if j > i {
                continue 'outer;
            }
            if i * j == 12 {
                println!("found {} * {} = 12", i, j);
                break 'outer;
            }
            print!("{}{} ", i, j);
        }
        println!("| end of row {}", i);
    }
    println!();

    let mut count = 0;
    'search: loop {
        loop {
            count += 1;
            if count % 7 == 0 {
                break 'search;
            }
            if count % 3 == 0 {
                break;
            }
        }
        println!("inner loop ended at {}", count);
    }
    println!("search ended at {}", count);
    for k in 0..0 {
        println!("never {}", k);
    }
}
