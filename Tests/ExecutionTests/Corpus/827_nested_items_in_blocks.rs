// Helpers declared right where they are needed: inside a loop body and an if.
fn main() {
    let mut total = 0;
    let mut round = 0;
    loop {
        fn bonus(round: i32) -> i32 {
            if round % 2 == 0 { 10 } else { 1 }
        }
        round += 1;
        total += bonus(round);
        if total > 25 {
            #[derive(Debug)]
            struct Summary {
                rounds: i32,
                total: i32,
            }
            impl Summary {
                fn average(&self) -> f64 {
                    self.total as f64 / self.rounds as f64
                }
            }
            let s = Summary { rounds: round, total };
            println!("{:?}", s);
            println!("average {:.2}", s.average());
            println!("size {}", std::mem::size_of::<Summary>());
            break;
        }
    }

    for n in 1..=3 {
        enum Size {
            Small,
            Big(u64),
        }
        let size = if n < 3 { Size::Small } else { Size::Big(n * 100) };
        match size {
            Size::Small => println!("{n}: small"),
            Size::Big(v) => println!("{n}: big {v}"),
        }
    }

    let label = {
        fn shout(s: &str) -> String {
            s.to_uppercase()
        }
        shout("done")
    };
    println!("{label}");
}
