// Counting up from a start with no end: the loop or an adapter decides when to stop.
fn first_square_above(limit: u32) -> u32 {
    for n in 1.. {
        if n * n > limit {
            return n;
        }
    }
    unreachable!()
}

fn main() {
    for i in 0.. {
        if i == 4 {
            break;
        }
        print!("{} ", i);
    }
    println!();
    println!("first square above 50: {}", first_square_above(50));

    let evens: Vec<i32> = (1..).map(|x| x * 2).take(5).collect();
    println!("{:?} capacity {}", evens, evens.capacity());

    let totals: Vec<i32> = (1..)
        .scan(0, |total, x| {
            *total += x;
            if *total < 30 { Some(*total) } else { None }
        })
        .collect();
    println!("{:?} capacity {}", totals, totals.capacity());

    let small: Vec<u64> = (10u64..).step_by(7).take_while(|n| *n < 40).collect();
    println!("{:?}", small);

    // A u8 counter runs out: taking the item after 254 overflows.
    let mut last = 0;
    for b in 250u8.. {
        last = b;
        println!("b = {}", b);
    }
    println!("never reached {}", last);
}
