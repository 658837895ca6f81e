fn add_item(list: &Vec<String>) {
    list.push(String::from("new"));
}

fn main() {
    let mut list = Vec::new();
    add_item(&list);
    println!("{}", list.len());
}
