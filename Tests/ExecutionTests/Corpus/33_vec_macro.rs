// vec![a, b, c] and vec![x; n] build exactly len elements; nested vectors and Debug.
fn main() {
    let a = vec![10, 20, 30];
    println!("{:?} len {} cap {}", a, a.len(), a.capacity());
    let zeros = vec![0u8; 100];
    println!("len {} cap {} first {} last {}", zeros.len(), zeros.capacity(), zeros[0], zeros[99]);
    let empty: Vec<i32> = vec![];
    println!("{:?} len {} cap {}", empty, empty.len(), empty.capacity());
    let words = vec!["x"; 3];
    println!("{:?}", words);
    let strings = vec![String::from("hi"); 4];
    println!("{:?} cap {}", strings, strings.capacity());
    println!("{}", strings[3].capacity());
    let grid = vec![vec![0; 3]; 2];
    println!("{:?}", grid);
    println!("{:#?}", vec![1, 2]);
    let empty_pretty: Vec<u8> = Vec::new();
    println!("{:#?}", empty_pretty);
    let trailing = vec![1, 2, 3,];
    println!("{}", trailing.len());
    let flags = vec![true, false];
    println!("{:?} {}", flags, std::mem::size_of_val(&flags));
}
