// Methods that hand out `impl Iterator` over what a struct holds, called
// through a field of another struct, then skipped, taken and collected.
struct Shelf {
    books: Vec<u32>,
}

struct Room {
    name: String,
    shelf: Shelf,
}

impl Shelf {
    fn all(&self) -> impl Iterator<Item = &u32> + '_ {
        self.books.iter()
    }

    fn thick(&self, pages: u32) -> impl Iterator<Item = &u32> + '_ {
        self.books.iter().filter(move |p| **p >= pages)
    }
}

fn evens(numbers: &[u32]) -> impl Iterator<Item = &u32> {
    numbers.iter().filter(|n| *n % 2 == 0)
}

fn main() {
    let room = Room { name: String::from("study"), shelf: Shelf { books: vec![120, 340, 95, 410, 250, 88, 600] } };
    print!("{}:", room.name);
    for pages in room.shelf.all() {
        print!(" {}", pages);
    }
    println!();

    let middle: Vec<&u32> = room.shelf.all().skip(2).take(3).collect();
    println!("middle {:?} (capacity {})", middle, middle.capacity());

    let big: Vec<&u32> = room.shelf.thick(200).skip(1).take(2).collect();
    println!("big {:?} (capacity {})", big, big.capacity());

    let total: u32 = room.shelf.all().take(4).sum();
    println!("first four: {} pages", total);

    let even: Vec<u32> = evens(&room.shelf.books).skip(1).copied().collect();
    println!("even after the first {:?} (capacity {})", even, even.capacity());

    let doubled: Vec<u32> = room.shelf.all().take(3).map(|p| p * 2).collect();
    println!("{:?}", doubled);
    println!("{} thick books", room.shelf.thick(300).count());
}
