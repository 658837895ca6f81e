struct Wrapper<'a, T> {
    items: &'a [T],
}

fn wrap<'a, T>(items: &'a [T]) -> Wrapper<'a, T> {
    Wrapper { items }
}

fn count<T>(w: &Wrapper<T>) -> usize {
    w.items.len()
}

fn main() {
    let w;
    {
        let temps = vec![21.5, 19.0, 23.25];
        w = wrap(&temps);
        println!("{} readings", count(&w));
    }
    println!("still {} readings", w.items.len());
}
