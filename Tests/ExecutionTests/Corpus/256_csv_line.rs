fn main() {
    let line = "Alice,30,Paris";
    let fields: Vec<&str> = line.split(',').collect();
    println!("{:?} len {} cap {}", fields, fields.len(), fields.capacity());
    let name = fields[0];
    let age: u32 = fields[1].parse().unwrap();
    println!("{} is {} and lives in {}", name, age, fields[2]);
    let empty_fields: Vec<&str> = "a,,b,".split(',').collect();
    println!("{:?}", empty_fields);
    let by_str: Vec<&str> = "1 -> 2 -> 3".split(" -> ").collect();
    println!("{:?}", by_str);
}
