// `impl Into<String>` takes a `&str` or a `String`: a literal is copied to the heap,
// an owned String is moved in without a new allocation.
fn greet(name: impl Into<String>) -> String {
    let owned: String = name.into();
    format!("Hello, {}!", owned)
}

fn tag<T>(text: T) -> String
where
    T: Into<String>,
{
    let mut s = text.into();
    s.push_str(" #rust");
    s
}

fn shout<S: Into<String>>(word: S) -> String {
    let w: String = word.into();
    w.to_uppercase()
}

fn main() {
    println!("{}", greet("Ann"));
    let bob = String::from("Bob");
    println!("{}", greet(bob));
    let t = tag("learning");
    println!("{} (len {}, capacity {})", t, t.len(), t.capacity());
    let u = tag(String::with_capacity(40));
    println!("[{}] capacity {}", u, u.capacity());
    println!("{}", shout("hey"));
    println!("{}", shout(String::from("there")));
}
