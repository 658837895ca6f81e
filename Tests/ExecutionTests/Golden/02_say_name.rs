fn say_name(name: String) {
    println!("{}", name);
}

fn main() {
    let s = String::from("Lindsey");
    say_name(s);
    let n = 2;
    println!("done {}", n);
}
