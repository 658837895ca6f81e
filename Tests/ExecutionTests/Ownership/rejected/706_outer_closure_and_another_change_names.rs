fn main() {
    let mut names = vec![String::from("ann")];
    let mut add = || {
        let mut push = |s: &str| names.push(s.to_string());
        push("bob");
    };
    let mut reset = || names.clear();
    add();
    reset();
}
