// Generic helpers over several types: each instance is its own function with its own frame,
// and a user trait works as a bound.
trait Area {
    fn area(&self) -> f64;
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Square {
    side: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Disc {
    radius: f64,
}

impl Area for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

impl Area for Disc {
    fn area(&self) -> f64 {
        3.0 * self.radius * self.radius
    }
}

fn bigger<T: Area>(a: T, b: T) -> T {
    if a.area() >= b.area() { a } else { b }
}

fn total_area(a: &impl Area, b: &impl Area) -> f64 {
    a.area() + b.area()
}

fn count_equal<T: PartialEq>(items: &[T], wanted: &T) -> usize {
    let mut n = 0;
    for item in items {
        if item == wanted {
            n += 1;
        }
    }
    n
}

fn swap_pair<A: Copy, B: Copy>(pair: (A, B)) -> (B, A) {
    (pair.1, pair.0)
}

fn main() {
    let s = bigger(Square { side: 2.0 }, Square { side: 3.0 });
    let d = bigger(Disc { radius: 1.0 }, Disc { radius: 0.5 });
    println!("{:?} {:?}", s, d);
    println!("total {}", total_area(&s, &d));
    let words = vec![String::from("a"), String::from("b"), String::from("a")];
    println!("{} {}", count_equal(&words, &String::from("a")), count_equal(&[1u8, 2, 2, 2], &2));
    println!("{:?}", swap_pair((1, 'x')));
    println!("{:?}", swap_pair::<bool, f32>((true, 2.5)));
}
