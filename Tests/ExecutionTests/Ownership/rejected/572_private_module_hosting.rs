mod front_of_house {
    mod hosting {
        pub fn add_to_waitlist() {
            println!("added");
        }
    }
}

pub fn eat_at_restaurant() {
    crate::front_of_house::hosting::add_to_waitlist();
}

fn main() {
    eat_at_restaurant();
}
