// `let _ = place;` does not move out of the place, but it still evaluates it:
// the index is computed and checked, so an index past the end panics.

fn pick(n: usize) -> usize {
    println!("pick({n})");
    n
}

fn main() {
    let name = String::from("Ferris");
    let _ = name; // no move: `name` is still usable
    _ = name; // neither does assigning to `_`
    println!("name = {name}");

    let scores = [7, 8, 9];
    let i = 1;
    let _ = scores[i];
    let _ = scores[pick(2)];

    let v = vec![10, 20, 30];
    let _ = v[i + 1];
    let _ = &v[pick(0)];
    _ = v[pick(1)];
    println!("all in bounds");

    let _ = v[i + pick(4)];
    println!("never printed");
}
