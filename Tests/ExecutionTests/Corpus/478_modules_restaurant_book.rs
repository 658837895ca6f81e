// The restaurant from the Rust Book's chapter 7, with a struct that keeps one field private.
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist(name: &str, waitlist: &mut Vec<String>) {
            waitlist.push(name.to_string());
            println!("{} added to the waitlist ({} waiting)", name, waitlist.len());
        }
    }

    pub mod serving {
        pub fn take_order(table: u32) -> String {
            format!("order for table {}", table)
        }

        fn take_payment() -> u32 { 42 }

        pub fn close_table() -> u32 { take_payment() }
    }
}

fn deliver_order(order: &str) {
    println!("delivering {}", order);
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
        super::deliver_order("the fixed order");
    }

    fn cook_order() {
        println!("cooking again");
    }
}

use crate::front_of_house::hosting;

fn eat_at_restaurant() {
    let mut waitlist = Vec::new();
    hosting::add_to_waitlist("Ada", &mut waitlist);
    crate::front_of_house::hosting::add_to_waitlist("Bo", &mut waitlist);
    front_of_house::hosting::add_to_waitlist("Cy", &mut waitlist);

    println!("seating {}", waitlist.remove(0));

    let mut meal = back_of_house::Breakfast::summer("Rye");
    meal.toast = String::from("Wheat");
    println!("I'd like {} toast please, with {}", meal.toast, meal.fruit());

    let order1 = back_of_house::Appetizer::Soup;
    let order2 = back_of_house::Appetizer::Salad;
    println!("{:?} and {:?}", order1, order2);

    let order = front_of_house::serving::take_order(3);
    deliver_order(&order);
    back_of_house::fix_incorrect_order();
    println!("paid {}", front_of_house::serving::close_table());
    println!("still waiting: {:?}", waitlist);
}

fn main() {
    eat_at_restaurant();
}
