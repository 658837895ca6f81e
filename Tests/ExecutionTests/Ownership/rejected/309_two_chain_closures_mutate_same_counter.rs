fn main() {
    let v = vec![1, 2, 3];
    let mut c = 0;
    let n = v.iter().map(|x| { c += 1; *x }).filter(|_| { c += 1; true }).count();
    println!("{n} {c}");
}
