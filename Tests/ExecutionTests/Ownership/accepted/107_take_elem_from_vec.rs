use std::mem;

fn main() {
    let mut names = vec![String::from("ann"), String::from("ben")];
    let first = mem::take(&mut names[0]);
    let second = mem::replace(&mut names[1], String::from("cat"));
    println!("{} {} {:?}", first, second, names);
}
