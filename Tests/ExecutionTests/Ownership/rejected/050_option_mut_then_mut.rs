fn main() {
    let mut slot: Option<String> = Some(String::from("x"));
    let a = &mut slot;
    let b = &mut slot;
    b.take();
    a.take();
}
