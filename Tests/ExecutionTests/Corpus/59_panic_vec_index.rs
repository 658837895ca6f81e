// Indexing past the end of a Vec panics with the length and the index.
fn main() {
    let v = vec![10, 20, 30];
    println!("len {} cap {}", v.len(), v.capacity());
    println!("get(5) is {:?}", v.get(5));
    let mut i = 0;
    while i < 5 {
        println!("v[{}] = {}", i, v[i]);
        i += 1;
    }
}
