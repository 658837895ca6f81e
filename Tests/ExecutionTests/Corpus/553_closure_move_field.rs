// A `move` closure that uses one field moves only that field.
#[derive(Debug)]
struct Order {
    id: u32,
    customer: String,
    items: Vec<String>,
}

fn main() {
    let order = Order {
        id: 42,
        customer: String::from("Alice"),
        items: vec![String::from("tea"), String::from("cake")],
    };

    let print_items = move || {
        for item in &order.items {
            println!("- {}", item);
        }
        println!("({} items)", order.items.len());
    };

    print_items();

    // order.items has moved into the closure, but id and customer are still ours.
    println!("order #{} for {}", order.id, order.customer);

    let greeting = move || format!("Thanks, {}!", order.customer);
    println!("{}", greeting());
    println!("still have id {}", order.id);

    // A copied field is copied in, so the original stays usable.
    let id_label = move || format!("#{:05}", order.id);
    println!("{} {}", id_label(), order.id);
    println!("{}", std::mem::size_of_val(&print_items));
    println!("{}", std::mem::size_of_val(&id_label));
}
