struct Shelf {
    books: Vec<u32>,
}

struct Room {
    shelf: Shelf,
}

impl Shelf {
    fn all(&self) -> impl Iterator<Item = &u32> + '_ {
        self.books.iter()
    }
}

fn main() {
    let mut room = Room { shelf: Shelf { books: vec![3, 1, 2] } };
    let first_two: Vec<u32> = room.shelf.all().take(2).copied().collect();
    room.shelf.books.push(9);
    println!("{:?} {:?}", first_two, room.shelf.books);
}
