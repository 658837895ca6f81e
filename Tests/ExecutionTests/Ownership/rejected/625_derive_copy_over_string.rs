// A name is a String: it owns heap memory, so copying the struct bit for bit would
// leave two owners of one buffer. The derive cannot make it Copy.
#[derive(Clone, Copy)]
struct Named {
    name: String,
}

fn main() {
    let first = Named { name: String::from("Ferris") };
    let second = first;
    println!("{} {}", first.name, second.name);
}
