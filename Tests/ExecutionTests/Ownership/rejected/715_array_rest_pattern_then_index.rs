// `rest @ ..` moves the other elements too; indexing the array afterwards reads a moved part.
fn main() {
    let names = [String::from("a"), String::from("b"), String::from("c")];
    let [first, rest @ ..] = names;
    println!("{} and {} more", first, rest.len());
    println!("{}", names[0]);
}
