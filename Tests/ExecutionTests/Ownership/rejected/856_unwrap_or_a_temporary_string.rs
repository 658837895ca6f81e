// The fallback of `unwrap_or` is a temporary `String`: the result may be it, freed at the
// end of the statement.
fn main() {
    let v: Vec<String> = vec![String::from("a")];
    let d = v.get(5).unwrap_or(&String::from("none"));
    println!("{d}");
}
