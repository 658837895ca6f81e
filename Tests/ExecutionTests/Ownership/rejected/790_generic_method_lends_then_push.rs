// A method of a generic type lends an item with its own lifetime; pushing onto the shelf
// while that item is still in use is a second, mutable borrow.
struct Shelf<T> {
    items: Vec<T>,
}

impl<T> Shelf<T> {
    fn top_or<'a>(&'a self, fallback: &'a T) -> &'a T {
        self.items.last().unwrap_or(fallback)
    }
}

fn main() {
    let mut shelf = Shelf { items: vec![1, 2] };
    let spare = 0;
    let top = shelf.top_or(&spare);
    shelf.items.push(3);
    println!("{}", top);
}
