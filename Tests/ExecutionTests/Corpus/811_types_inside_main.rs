// A struct, an enum, a constant and a `use` declared inside main: they belong to main's block.
fn main() {
    use std::collections::HashMap;

    const MAX_STOCK: u32 = 10;

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Kind {
        Fruit,
        Tool,
    }

    #[derive(Debug)]
    struct Item {
        name: String,
        kind: Kind,
        count: u32,
    }

    impl Item {
        fn new(name: &str, kind: Kind, count: u32) -> Item {
            Item { name: name.to_string(), kind, count: count.min(MAX_STOCK) }
        }
    }

    let items = vec![
        Item::new("apple", Kind::Fruit, 4),
        Item::new("hammer", Kind::Tool, 1),
        Item::new("pear", Kind::Fruit, 25),
    ];
    let mut per_kind: HashMap<String, u32> = HashMap::new();
    for item in &items {
        *per_kind.entry(format!("{:?}", item.kind)).or_insert(0) += item.count;
    }
    println!("{:?}", items[2]);
    println!("first: {}, fruit: {}", items[0].name, per_kind["Fruit"]);
    println!("tools: {}", per_kind["Tool"]);
    println!("Item is {} bytes", std::mem::size_of::<Item>());
    println!("Kind is {} byte", std::mem::size_of::<Kind>());
    let fruits = items.iter().filter(|i| i.kind == Kind::Fruit).count();
    println!("{} fruits", fruits);
}
