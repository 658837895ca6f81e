use std::collections::HashMap;

fn main() {
    let mut owners = Vec::new();
    {
        let mut pets = HashMap::new();
        pets.insert(String::from("Rex"), String::from("Sam"));
        pets.insert(String::from("Tom"), String::from("Kim"));
        for (pet, owner) in pets {
            owners.push(owner);
            println!("{} letters in a pet name", pet.len());
        }
    }
    owners.sort();
    println!("owners: {:?}", owners);
}
