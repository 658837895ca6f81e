// Array `map`: a new array on the stack, the closure called once per element, in order.
#[derive(Debug)]
struct Reading {
    label: String,
    celsius: f64,
}

fn main() {
    let bytes = [1u8, 2, 3];
    let doubled = bytes.map(|b| b * 2);
    println!("{:?} {:?} {}", bytes, doubled, bytes == [1, 2, 3]);

    let wide: [u32; 3] = bytes.map(|b| b as u32 * 1000);
    println!("{:?} {} bytes", wide, std::mem::size_of_val(&wide));

    let mut calls = 0;
    let squares = [1, 2, 3, 4].map(|x| {
        calls += 1;
        x * x
    });
    println!("{:?} after {} calls", squares, calls);

    let names = [String::from("oslo"), String::from("rome"), String::from("lima")];
    let lengths = names.map(|n| n.len());
    println!("{:?}", lengths);

    let temps = [("north", 4.5), ("south", 21.0)];
    let readings = temps.map(|(label, c)| Reading { label: label.to_uppercase(), celsius: c });
    for r in &readings {
        println!("{} {:.1}F", r.label, r.celsius * 9.0 / 5.0 + 32.0);
    }
    println!("{:?}", readings);

    let words = [String::from("hi"), String::from("yo")];
    let shouted = words.map(|w| w + "!");
    println!("{:?}", shouted);
}
