// Fat pointers: a reference to a trait object carries the data pointer and a vtable pointer.
trait Named {
    fn name(&self) -> String;
}

struct Big {
    data: [u64; 4],
}

struct Tiny;

impl Named for Big {
    fn name(&self) -> String {
        format!("big {}", self.data[0])
    }
}

impl Named for Tiny {
    fn name(&self) -> String {
        String::from("tiny")
    }
}

fn show(item: &dyn Named) -> usize {
    println!("{} is {} bytes", item.name(), std::mem::size_of_val(item));
    std::mem::size_of_val(item)
}

fn main() {
    println!("&Big: {}", std::mem::size_of::<&Big>());
    println!("&dyn Named: {}", std::mem::size_of::<&dyn Named>());
    println!("&mut dyn Named: {}", std::mem::size_of::<&mut dyn Named>());
    println!("Box<dyn Named>: {}", std::mem::size_of::<Box<dyn Named>>());
    let b: Box<dyn Named> = Box::new(Big { data: [7; 4] });
    let t: Box<dyn Named> = Box::new(Tiny);
    let total = show(&*b) + show(&*t) + show(&Big { data: [1; 4] });
    println!("total {}", total);
    let items: Vec<&dyn Named> = vec![&*b, &*t];
    println!("{} items, vec is {} bytes per element", items.len(), std::mem::size_of_val(&items[0]));
}
