// A Vec, an Option and a tuple of a type with a hand-written Debug: `{:?}` and `{:#?}`
// call the type's own fmt for each element.
use std::fmt;

struct Celsius(f64);

impl fmt::Debug for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}°C", self.0)
    }
}

enum Tile {
    Floor,
    Wall,
}

impl fmt::Debug for Tile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tile::Floor => write!(f, "."),
            Tile::Wall => write!(f, "#"),
        }
    }
}

fn show_row(row: &[Tile]) {
    println!("row: {:?}", row);
}

fn main() {
    let readings = vec![Celsius(21.5), Celsius(-3.0), Celsius(100.0)];
    println!("{:?}", readings);
    println!("{:#?}", readings);

    let map = vec![vec![Tile::Floor, Tile::Wall], vec![Tile::Wall, Tile::Wall, Tile::Floor]];
    println!("{:?}", map);
    for row in &map {
        show_row(row);
    }

    let nothing: Option<Celsius> = None;
    let hottest = Some(Celsius(37.2));
    println!("{:?} {:?}", nothing, hottest);
    println!("hottest = {hottest:?}");

    let corner = (Tile::Wall, "corner", 2);
    println!("{:?}", corner);
    let line = [Tile::Floor, Tile::Floor, Tile::Wall];
    println!("{:?} has {} tiles", line, line.len());

    let report = format!("{:?}", readings);
    println!("{} ({} bytes)", report, report.len());
    eprintln!("{:#?}", hottest);
}
