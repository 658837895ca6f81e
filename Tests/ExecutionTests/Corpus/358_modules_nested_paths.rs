// Nested modules reaching each other with `self::`, `super::` and `crate::`; consts and a static.
mod game {
    pub const START_LIVES: u32 = 3;
    pub static TITLE: &str = "Space Run";

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Move {
        Left,
        Right,
        Jump,
    }

    pub mod player {
        use super::Move;

        pub struct Player {
            pub name: String,
            pub x: i32,
            lives: u32,
        }

        pub fn new(name: &str) -> Player {
            Player { name: name.to_string(), x: 0, lives: super::START_LIVES }
        }

        impl Player {
            pub fn step(&mut self, m: Move) {
                self.x += self::distance(m);
                if m == Move::Jump {
                    self.lives -= 1;
                }
            }

            pub fn lives(&self) -> u32 {
                self.lives
            }
        }

        fn distance(m: Move) -> i32 {
            match m {
                Move::Left => -1,
                Move::Right => 1,
                Move::Jump => crate::game::rules::JUMP_LENGTH,
            }
        }
    }

    pub mod rules {
        pub const JUMP_LENGTH: i32 = 3;

        pub fn is_over(p: &super::player::Player) -> bool {
            p.lives() == 0
        }
    }
}

use game::Move;
use game::player;

fn main() {
    println!("{} ({} lives)", game::TITLE, game::START_LIVES);
    let mut p = player::new("Kim");
    let moves = [Move::Right, Move::Jump, game::Move::Left, Move::Jump, Move::Jump];
    for m in moves {
        p.step(m);
        println!("{:?}: {} at x={} with {} lives", m, p.name, p.x, p.lives());
        if game::rules::is_over(&p) {
            println!("game over");
            break;
        }
    }
}
