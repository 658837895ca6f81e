#[derive(Debug)]
struct Item {
    name: String,
    qty: u32,
}

fn main() {
    let mut cart = vec![Item { name: String::from("egg"), qty: 6 }];
    for it in cart.iter_mut() {
        it.qty *= 2;
        it.name.push('s');
    }
    cart.push(Item { name: String::from("milk"), qty: 1 });
    println!("{:?}", cart);
}
