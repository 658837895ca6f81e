// Neither `let _ = place;` nor `_ = place;` moves out of the place, so the value stays usable,
// even an element of a Vec of Strings, which a plain read could not move out.
fn main() {
    let names = vec![String::from("Ada"), String::from("Grace")];
    _ = names[1];
    let _ = names[0];
    println!("{names:?}");

    let title = String::from("Dr");
    _ = title;
    let _ = title;
    let moved = title;
    _ = title; // only a fake read: a moved-from variable is fine here
    println!("{moved}");
}
