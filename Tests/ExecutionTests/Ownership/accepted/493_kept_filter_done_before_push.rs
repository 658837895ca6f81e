fn main() {
    let mut v = vec![1, 2, 3, 4];
    let evens = v.iter().filter(|x| *x % 2 == 0);
    let count = evens.count();
    v.push(count);
    let mut rest = v.iter().skip(3);
    println!("{:?} {:?}", rest.next(), rest.next());
    v.push(9);
    println!("{:?}", v);
}
