fn main() {
    let mut x = 1;
    let r = &x;
    let mut f = || x += 1;
    f();
    println!("{r}");
}
