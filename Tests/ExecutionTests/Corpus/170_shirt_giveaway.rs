// The Rust Book's shirt giveaway: unwrap_or_else-style code written by hand, with a
// closure that captures the inventory by reference and is passed to a function.
#[derive(Debug, PartialEq, Copy, Clone)]
enum ShirtColor {
    Red,
    Blue,
}

struct Inventory {
    shirts: Vec<ShirtColor>,
}

fn or_else<F: FnOnce() -> ShirtColor>(choice: Option<ShirtColor>, fallback: F) -> ShirtColor {
    match choice {
        Some(color) => color,
        None => fallback(),
    }
}

impl Inventory {
    fn most_stocked(&self) -> ShirtColor {
        let mut red = 0;
        let mut blue = 0;
        for color in &self.shirts {
            match color {
                ShirtColor::Red => red += 1,
                ShirtColor::Blue => blue += 1,
            }
        }
        if red > blue { ShirtColor::Red } else { ShirtColor::Blue }
    }
}

fn main() {
    let store = Inventory {
        shirts: vec![ShirtColor::Blue, ShirtColor::Red, ShirtColor::Blue],
    };
    let pick = || store.most_stocked();
    println!("closure size: {}", std::mem::size_of_val(&pick));

    let user_pref1 = Some(ShirtColor::Red);
    let giveaway1 = or_else(user_pref1, pick);
    println!("The user with preference {:?} gets {:?}", user_pref1, giveaway1);

    let user_pref2 = None;
    let giveaway2 = or_else(user_pref2, || store.most_stocked());
    println!("The user with preference {:?} gets {:?}", user_pref2, giveaway2);
    println!("shirts left: {}", store.shirts.len());
}
