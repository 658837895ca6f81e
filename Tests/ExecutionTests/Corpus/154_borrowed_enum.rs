#[derive(Debug)]
enum Cell<'a> {
    Empty,
    Text(&'a str),
    Number(i64),
}

fn show<'a>(cell: &Cell<'a>) -> &'a str {
    match cell {
        Cell::Empty => "(empty)",
        Cell::Text(t) => t,
        Cell::Number(_) => "(number)",
    }
}

fn main() {
    let owner = String::from("spreadsheet");
    let cells = [Cell::Text(&owner[0..6]), Cell::Empty, Cell::Number(7)];
    for c in &cells {
        println!("{:?} shows {}", c, show(c));
    }
    println!("{}", std::mem::size_of::<Cell>());
}
