// Type aliases: a shorter name for a long type, and a unit that is still an i32.
type Km = i32;
type Grid = Vec<Vec<char>>;
type Point = (i32, i32);

fn total_distance(legs: &[Km]) -> Km {
    let mut sum: Km = 0;
    for leg in legs {
        sum += leg;
    }
    sum
}

fn make_grid(rows: usize, cols: usize) -> Grid {
    vec![vec!['.'; cols]; rows]
}

fn mark(grid: &mut Grid, p: Point) {
    grid[p.1 as usize][p.0 as usize] = '#';
}

fn show(grid: &Grid) {
    for row in grid {
        let line: String = row.iter().collect();
        println!("{}", line);
    }
}

fn main() {
    let legs: Vec<Km> = vec![12, 7, 30];
    let d = total_distance(&legs);
    let plain: i32 = 5;
    println!("total {} km, plus {} is {}", d, plain, d + plain);
    let mut g = make_grid(3, 5);
    let points: Vec<Point> = vec![(0, 0), (2, 1), (4, 2)];
    for p in &points {
        mark(&mut g, *p);
    }
    show(&g);
    println!("{} rows, {} bytes for the Vec", g.len(), std::mem::size_of::<Grid>());
}
