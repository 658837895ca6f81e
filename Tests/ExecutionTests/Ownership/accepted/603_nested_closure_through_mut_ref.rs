fn main() {
    let mut sum = 0;
    let r = &mut sum;
    let mut through = |n: i32| {
        let mut add = || *r += n;
        add();
        add();
    };
    through(4);
    through(5);
    println!("{}", sum);
}
