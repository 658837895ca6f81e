fn main() {
    let mut x = 5;
    let mut add = |n: i32| x += n;
    x = 10;
    add(1);
}
