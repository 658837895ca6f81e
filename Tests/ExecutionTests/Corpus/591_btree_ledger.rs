use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Category {
    Food,
    Rent,
    Fun,
    Travel,
}

fn by_category(entries: &[(u32, Category, i64)]) -> BTreeMap<Category, i64> {
    let mut totals = BTreeMap::new();
    for &(_, cat, amount) in entries {
        *totals.entry(cat).or_insert(0) += amount;
    }
    totals
}

fn main() {
    let entries = vec![
        (1, Category::Rent, 1200),
        (1, Category::Food, 310),
        (2, Category::Fun, 80),
        (2, Category::Rent, 1200),
        (3, Category::Travel, 640),
        (1, Category::Fun, 45),
        (3, Category::Food, 290),
    ];
    for (cat, total) in by_category(&entries) {
        println!("{:<8} {:>6}", format!("{:?}", cat), total);
    }
    let mut months: BTreeMap<u32, Vec<i64>> = BTreeMap::new();
    for (month, _, amount) in entries.iter() {
        months.entry(*month).or_default().push(*amount);
    }
    for (m, amounts) in &months {
        println!("month {m}: {} items, total {}", amounts.len(), amounts.iter().sum::<i64>());
    }
    let mut cats = by_category(&entries);
    println!("{:?}", cats.remove(&Category::Rent));
    println!("{:?}", cats.remove(&Category::Rent));
    println!("{:?}", cats);
    println!("{:?} {:?}", cats.first_key_value(), cats.last_key_value());
}
