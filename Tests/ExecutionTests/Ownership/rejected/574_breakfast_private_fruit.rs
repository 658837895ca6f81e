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
    }
}

fn main() {
    let meal = back_of_house::Breakfast::summer("Rye");
    println!("{}", meal.toast);
    let mine = back_of_house::Breakfast {
        toast: String::from("Wheat"),
        seasonal_fruit: String::from("blueberries"),
    };
    println!("{}", mine.toast);
}
