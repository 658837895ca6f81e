// `x += 1` reads `x` first: with `x` mutably borrowed that is a use, E0503.
fn main() {
    let mut total = 10;
    let handle = &mut total;
    total += 1;
    *handle += 5;
    println!("{}", total);
}
