use std::collections::HashMap;

#[derive(Debug)]
struct Order {
    id: u32,
    item: Option<String>,
    qty: u32,
}

fn first_big(orders: &[Order]) -> Option<&Order> {
    for o in orders {
        if let Some(name) = &o.item && o.qty >= 3 && name.len() > 3 {
            return Some(o);
        }
    }
    None
}

fn label(o: &Order) -> String {
    if o.qty > 0 && let Some(name) = &o.item {
        format!("#{} {} x{}", o.id, name, o.qty)
    } else {
        format!("#{} (empty)", o.id)
    }
}

fn main() {
    let orders = vec![
        Order { id: 1, item: Some("pen".to_string()), qty: 5 },
        Order { id: 2, item: None, qty: 9 },
        Order { id: 3, item: Some("stapler".to_string()), qty: 4 },
        Order { id: 4, item: Some("ink".to_string()), qty: 0 },
    ];
    for o in &orders {
        println!("{}", label(o));
    }
    match first_big(&orders) {
        Some(o) => println!("first big order: {:?}", o),
        None => println!("no big order"),
    }

    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("pen", 10);
    stock.insert("stapler", 1);
    for o in &orders {
        if let Some(name) = o.item.as_deref()
            && let Some(left) = stock.get_mut(name)
            && *left >= o.qty
        {
            *left -= o.qty;
            println!("shipped {}", o.id);
        } else {
            println!("held {}", o.id);
        }
    }
    let mut keys: Vec<_> = stock.iter().collect();
    keys.sort();
    println!("{:?}", keys);

    let mut numbers = vec![3, 8, 1, 12, 7];
    let mut taken = Vec::new();
    while let Some(n) = numbers.pop() && n > 2 {
        taken.push(n);
    }
    println!("taken {:?}, left {:?}", taken, numbers);

    let words = ["apple", "kiwi", "banana"];
    let mut it = words.iter();
    let mut count = 0;
    'scan: while let Some(w) = it.next() && w.len() > 3 {
        for c in w.chars() {
            if c == 'z' {
                break 'scan;
            }
        }
        count += 1;
    }
    println!("count {count}");
    let code = if let Some(o) = orders.last() && let Some(i) = &o.item { i.len() } else { 0 };
    println!("code {code}");
}
