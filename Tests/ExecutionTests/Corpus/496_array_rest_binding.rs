// `name @ ..` in an array pattern binds the middle elements as an array of their own.
fn main() {
    let arr = [1, 2, 3, 4, 5];
    let [head, mid @ .., tail] = arr;
    println!("{head} {:?} {tail}", mid);
    println!("middle sum = {}", mid.iter().sum::<i32>());

    if let [first, rest @ ..] = arr {
        println!("first {first}, then {} more: {:?}", rest.len(), rest);
    }

    match arr {
        [1, .., last] if last > 4 => println!("starts with 1, ends with {last}"),
        [x, inner @ .., _] => println!("{x} {:?}", inner),
    }

    let names = [String::from("ann"), String::from("bob"), String::from("cy")];
    let [leader, others @ ..] = names;
    println!("{leader} leads {:?}", others);

    let mut grid = [[0u8; 2]; 4];
    grid[3][1] = 9;
    let [top, .., bottom] = grid;
    let [_, middle @ .., _] = grid;
    println!("{:?} {:?} {:?}", top, middle, bottom);
}
