use std::mem::size_of;

// A Vec with room to spare, frozen into a boxed slice.
fn main() {
    let mut v = Vec::with_capacity(10);
    v.push(1);
    v.push(2);
    v.push(3);
    println!("len {} cap {}", v.len(), v.capacity());
    let b: Box<[i32]> = v.into_boxed_slice();
    println!("{:?} len {} size {}", b, b.len(), size_of::<Box<[i32]>>());
    println!("{} {}", b[1], b.iter().sum::<i32>());
    let again = b.into_vec();
    println!("{:?} cap {}", again, again.capacity());
    let names = vec![String::from("ann"), String::from("bo")].into_boxed_slice();
    for n in names.iter() {
        println!("{}", n);
    }
    let empty: Vec<u8> = Vec::new();
    let nothing = empty.into_boxed_slice();
    println!("{:?} {}", nothing, nothing.len());
}
