fn main() {
    let names = vec![String::from("Ann"), String::from("Ben"), String::from("Cat")];
    let list = names.join(", ");
    println!("{} (capacity {})", list, list.capacity());
    let parts = ["2024", "06", "01"];
    let date = parts.join("-");
    println!("{} {}", date, date.len());
    let glued = parts.concat();
    println!("{} {}", glued, glued.capacity());
    let empty: Vec<String> = Vec::new();
    let nothing = empty.join("/");
    println!("[{}] {}", nothing, nothing.capacity());
}
