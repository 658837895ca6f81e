// The Rust book's restaurant, in one file: nested modules, `pub`, `super::` and `use`.
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist(name: &str, list: &mut Vec<String>) {
            list.push(name.to_string());
            println!("{} added, {} waiting", name, list.len());
        }

        pub fn seat_at_table(list: &mut Vec<String>) -> Option<String> {
            if list.is_empty() {
                None
            } else {
                Some(list.remove(0))
            }
        }
    }
}

mod back_of_house {
    pub struct Breakfast {
        pub toast: String,
        seasonal_fruit: String,
    }

    impl Breakfast {
        pub fn summer(toast: &str) -> Breakfast {
            Breakfast {
                toast: String::from(toast),
                seasonal_fruit: String::from("peaches"),
            }
        }

        pub fn fruit(&self) -> &str {
            &self.seasonal_fruit
        }
    }

    #[derive(Debug)]
    pub enum Appetizer {
        Soup,
        Salad,
    }

    pub fn fix_incorrect_order() {
        cook_order();
        super::deliver_order();
    }

    fn cook_order() {
        println!("cooking again");
    }
}

fn deliver_order() {
    println!("delivered");
}

use crate::front_of_house::hosting;

pub fn eat_at_restaurant() {
    let mut waiting = Vec::new();
    hosting::add_to_waitlist("Ana", &mut waiting);
    hosting::add_to_waitlist("Bo", &mut waiting);
    let mut meal = back_of_house::Breakfast::summer("Rye");
    meal.toast = String::from("Wheat");
    println!("I'd like {} toast please, with {}", meal.toast, meal.fruit());
    let order1 = back_of_house::Appetizer::Soup;
    let order2 = back_of_house::Appetizer::Salad;
    println!("{:?} and {:?}", order1, order2);
    while let Some(guest) = front_of_house::hosting::seat_at_table(&mut waiting) {
        println!("seating {}", guest);
    }
    back_of_house::fix_incorrect_order();
}

fn main() {
    eat_at_restaurant();
}
