// Matching a `&mut Option` with `let … else` or `if let` borrows through it: `slot` is still
// usable, and a `let` that writes `&mut` reborrows.
fn main() {
    let mut value = Some(vec![1, 2]);
    let slot = &mut value;
    let Some(items) = slot else {
        return;
    };
    items.push(3);
    if let Some(again) = slot {
        again.push(4);
    }
    let view: &mut Option<Vec<i32>> = slot;
    view.take();
    println!("{:?}", slot);
}
