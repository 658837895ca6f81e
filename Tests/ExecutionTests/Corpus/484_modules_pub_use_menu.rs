// `pub use` makes a function of an inner module reachable through a shorter path.
mod kitchen {
    mod recipes {
        pub fn soup(servings: u32) -> Vec<String> {
            let mut bowls = Vec::with_capacity(servings as usize);
            for i in 0..servings {
                bowls.push(format!("bowl {}", i + 1));
            }
            bowls
        }

        pub fn price(servings: u32) -> u32 {
            servings * super::BASE_PRICE
        }
    }

    const BASE_PRICE: u32 = 4;

    pub use self::recipes::soup;
    pub use recipes::price;
}

use kitchen::price;

fn main() {
    let bowls = kitchen::soup(3);
    println!("{:?}", bowls);
    println!("len {} cap {}", bowls.len(), bowls.capacity());
    println!("costs {}", price(3));
    let more = kitchen::soup(5);
    println!("{} more, {} in total", more.len(), bowls.len() + more.len());
}
