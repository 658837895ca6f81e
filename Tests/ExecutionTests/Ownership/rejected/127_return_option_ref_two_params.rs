fn find_name(names: &Vec<String>, target: &String) -> Option<&String> {
    for n in names {
        if n == target {
            return Some(n);
        }
    }
    None
}

fn main() {
    let names = vec![String::from("bo")];
    let t = String::from("bo");
    println!("{:?}", find_name(&names, &t));
}
