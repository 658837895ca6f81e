// Growing a shopping list from different sources with `extend`.
fn main() {
    let mut list: Vec<String> = Vec::new();
    list.extend([String::from("milk"), String::from("eggs")]);
    println!("after array: {:?} (len {}, cap {})", list, list.len(), list.capacity());

    let more = vec![String::from("bread"), String::from("jam"), String::from("tea")];
    list.extend(more);
    println!("after vec: {:?} (len {}, cap {})", list, list.len(), list.capacity());

    let favourites = vec![String::from("cheese")];
    list.extend(favourites.iter().cloned());
    println!("after cloned: {:?} (cap {})", list, list.capacity());
    println!("favourites still here: {:?}", favourites);

    let mut scores = vec![10, 20];
    let bonus = [5, 5, 5];
    scores.extend(bonus.iter());
    println!("scores: {:?} (cap {})", scores, scores.capacity());
    scores.extend(bonus.iter().copied());
    scores.extend(bonus);
    println!("scores: {:?} (cap {})", scores, scores.capacity());
    println!("bonus is Copy, still usable: {:?}", bonus);

    let mut bytes: Vec<u8> = Vec::new();
    bytes.extend(vec![1u8, 2, 3]);
    println!("bytes: {:?} (cap {})", bytes, bytes.capacity());
}
