// An annotated `let` decides the type of the `match`: its first arm is the mismatch.
fn main() {
    let code = 2;
    let name: String = match code {
        1 => "one",
        2 => String::from("two"),
        _ => String::from("many"),
    };
    println!("{}", name);
}
