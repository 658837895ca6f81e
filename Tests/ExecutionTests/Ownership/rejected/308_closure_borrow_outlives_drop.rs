fn main() {
    let s = String::from("temporary");
    let print_it = || println!("{s}");
    drop(s);
    print_it();
}
