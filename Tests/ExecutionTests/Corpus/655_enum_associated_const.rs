// An associated constant in an enum's `impl`: `Dir::ALL` is an array of the variants.
#[derive(Debug, Clone, Copy)]
enum Dir {
    N,
    E,
    S,
    W,
}

impl Dir {
    const ALL: [Dir; 4] = [Dir::N, Dir::E, Dir::S, Dir::W];
    const COUNT: usize = 4;

    fn turn_right(self) -> Dir {
        let index = Self::ALL.iter().position(|d| d.name() == self.name()).unwrap_or(0);
        Self::ALL[(index + 1) % Self::COUNT]
    }

    fn name(self) -> &'static str {
        match self {
            Dir::N => "north",
            Dir::E => "east",
            Dir::S => "south",
            Dir::W => "west",
        }
    }
}

fn main() {
    for d in Dir::ALL {
        print!("{:?} ", d);
    }
    println!();
    println!("{} directions, {} bytes", Dir::COUNT, std::mem::size_of_val(&Dir::ALL));
    let mut facing = Dir::N;
    for _ in 0..5 {
        facing = facing.turn_right();
        println!("now facing {}", facing.name());
    }
}
