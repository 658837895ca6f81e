// Counting the letters of several words at once with flat_map(|w| w.chars()).
fn main() {
    let guests = vec![String::from("Amelia"), String::from("Bo"), String::from("Chloé")];

    let letters = guests.iter().flat_map(|g| g.chars()).count();
    println!("{} letters in {} names", letters, guests.len());

    let mut vowels = 0;
    for c in guests.iter().flat_map(|g| g.chars()) {
        if "aeiouéAEIOU".contains(c) {
            vowels += 1;
        }
    }
    println!("{} vowels", vowels);

    let capitals: Vec<char> = guests.iter().flat_map(|g| g.chars()).filter(|c| c.is_uppercase()).collect();
    println!("capitals {:?} (capacity {})", capitals, capitals.capacity());

    let latest = guests.iter().flat_map(|g| g.chars()).max();
    println!("latest letter: {:?}", latest);

    let bytes: u32 = guests.iter().flat_map(|g| g.bytes()).map(|b| b as u32).sum();
    println!("sum of the bytes: {}", bytes);

    let codes: Vec<u32> = guests.iter().flat_map(|g| g.chars()).filter(|c| c.is_lowercase()).map(|c| c as u32).collect();
    println!("{} lowercase codes, capacity {}", codes.len(), codes.capacity());
}
