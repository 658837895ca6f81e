// A function with a lifetime and a type parameter: the result borrows the slice.
fn pick<'a, T>(items: &'a [T], index: usize) -> &'a T {
    &items[index]
}

fn main() {
    let chosen;
    {
        let scores = vec![70, 85, 92];
        chosen = pick(&scores, 1);
    }
    println!("{}", chosen);
}
