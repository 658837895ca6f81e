#[derive(Debug, Clone, Copy, PartialEq)]
struct Pixel {
    r: u8,
    g: u8,
}

fn brighten(mut p: Pixel) -> Pixel {
    p.r += 3;
    p
}

fn main() {
    let p = Pixel { r: 250, g: 3 };
    let q = p;
    let bright = brighten(p);
    println!("{:?} {:?} {:?} {}", p, q, bright, p == q);
}
