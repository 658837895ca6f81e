use std::ops::{AddAssign, Neg};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Velocity {
    dx: i32,
    dy: i32,
}

impl AddAssign for Velocity {
    fn add_assign(&mut self, other: Velocity) {
        self.dx += other.dx;
        self.dy += other.dy;
    }
}

impl Neg for Velocity {
    type Output = Velocity;
    fn neg(self) -> Velocity {
        Velocity { dx: -self.dx, dy: -self.dy }
    }
}

struct Ball {
    position: Velocity,
    speed: Velocity,
}

impl Ball {
    fn step(&mut self) {
        self.position += self.speed;
    }

    fn bounce(&mut self) {
        self.speed = -self.speed;
    }
}

fn nudge(v: &mut Velocity, by: Velocity) {
    *v += by;
}

fn main() {
    let mut ball = Ball { position: Velocity { dx: 0, dy: 0 }, speed: Velocity { dx: 2, dy: 1 } };
    ball.step();
    ball.step();
    ball.bounce();
    ball.step();
    let r = &mut ball.position;
    nudge(r, Velocity { dx: 10, dy: 10 });
    println!("{:?} {:?}", ball.position, ball.speed);
    println!("{}", ball.speed == -Velocity { dx: 2, dy: 1 });
}
