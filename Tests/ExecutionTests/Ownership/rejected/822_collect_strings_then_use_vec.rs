// into_iter() moves the Vec's Strings into the collected one.
fn main() {
    let parts = vec![String::from("mem"), String::from("ory")];
    let word: String = parts.into_iter().collect();
    println!("{} from {} parts", word, parts.len());
}
