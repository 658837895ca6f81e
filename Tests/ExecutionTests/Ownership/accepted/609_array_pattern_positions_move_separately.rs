// Array patterns move elements by position: other positions stay, and can be moved or
// borrowed later (rustc tracks each constant index on its own).
struct N(&'static str);
impl Drop for N {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let names = [String::from("a"), String::from("b"), String::from("c")];
    let [first, _, _] = names;
    let [_, second, _] = names;
    let [_, _, third] = names;
    println!("{} {} {}", first, second, third);

    let pair = [N("left"), N("right")];
    let [left, _] = pair;
    println!("took {}", left.0);
    let [_, ref kept] = pair;
    println!("still {}", kept.0);

    let mut grid = [[1, 2], [3, 4]];
    let [[a, _], [ref mut c, ref mut d]] = grid;
    *c += a;
    *d += 10;
    println!("{:?}", grid);

    let words = [String::from("x"), String::from("y"), String::from("z")];
    let [head, rest @ ..] = words;
    let [_, _, ..] = words;
    println!("{} {:?}", head, rest);
}
