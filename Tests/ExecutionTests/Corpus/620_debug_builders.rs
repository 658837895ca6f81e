// Debug written by hand with Formatter's builders: debug_struct, debug_tuple,
// debug_list, debug_map, and a field whose own Debug is hand-written too.
use std::collections::HashMap;
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("P").field("x", &self.x).field("y", &self.y).finish()
    }
}

struct Id(u32);

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

struct Segment {
    from: Point,
    to: Point,
    tag: Id,
    labels: Vec<String>,
}

impl fmt::Debug for Segment {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Segment")
            .field("from", &self.from)
            .field("to", &self.to)
            .field("tag", &self.tag)
            .field("labels", &self.labels)
            .finish()
    }
}

struct Pair(i32, Id);

impl fmt::Debug for Pair {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("Pair").field(&self.0).field(&self.1).finish()
    }
}

struct Inventory {
    sizes: Vec<u8>,
    stock: HashMap<String, i32>,
}

impl fmt::Debug for Inventory {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.sizes.iter()).entry(&"end").finish()?;
        write!(f, " ")?;
        f.debug_map().entries(self.stock.iter()).entry(&7, &Id(2)).finish()?;
        write!(f, " ")?;
        f.debug_set().entries(&self.sizes).finish()?;
        f.debug_struct("Secret").field("n", &self.sizes.len()).finish_non_exhaustive()
    }
}

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("{:?}", p);
    println!("{:#?}", p);
    println!("[{:4?}]", p);
    let s = Segment {
        from: Point { x: 0, y: 0 },
        to: Point { x: 3, y: 4 },
        tag: Id(9),
        labels: vec![String::from("road")],
    };
    println!("{:?}", s);
    println!("{:#?}", s);
    let pair = Pair(5, Id(6));
    println!("{:?} and {:#?}", pair, pair);
    let mut stock = HashMap::new();
    stock.insert(String::from("bolt"), 40);
    let inv = Inventory { sizes: vec![8, 10], stock };
    println!("{:?}", inv);
    println!("{:#?}", inv);
    let text = format!("{:?}", Pair(0, Id(0)));
    println!("{text} has {} bytes", text.len());
}
