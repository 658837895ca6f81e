// Parse "key=value" lines, find characters, and sort the names.
fn main() {
    let lines = vec!["name=Ann", "age=31", "city=Oslo", "broken line"];
    let mut keys: Vec<&str> = Vec::new();
    for line in &lines {
        match line.split_once('=') {
            Some((key, value)) => {
                println!("{} -> {} ({} bytes)", key, value, value.len());
                keys.push(key);
            }
            None => println!("no '=' in {:?}", line),
        }
    }
    keys.sort();
    println!("{:?}", keys);

    let greeting = "hello, world";
    println!("{:?} {:?}", greeting.find('o'), greeting.rfind('o'));
    println!("{:?} {:?}", greeting.find("world"), greeting.find('z'));
    if let Some(comma) = greeting.find(',') {
        let first = &greeting[..comma];
        println!("first word: {}", first);
    }
    println!("{:?}", "a::b::c".rsplit_once("::"));

    let mut names = vec![String::from("pear"), String::from("Fig"), String::from("apple"), String::from("fig")];
    names.sort();
    println!("{:?} cap {}", names, names.capacity());

    let owned: String = "made with into".into();
    println!("{} {}", owned, owned.capacity());

    let (sum, wrapped) = 2147483600i32.overflowing_add(100);
    println!("{} {}", sum, wrapped);
    println!("{:?}", 200u8.overflowing_mul(2));
    println!("{:?}", 5u32.overflowing_sub(7));
    println!("{:?}", 5u32.overflowing_sub(3));
}
