// Scores: fix up the first and last entries in place.
fn bump_last(scores: &mut Vec<i32>, by: i32) {
    if let Some(last) = scores.last_mut() {
        *last += by;
    }
}

fn main() {
    let mut scores = vec![10, 20, 30];
    bump_last(&mut scores, 5);
    println!("{:?}", scores);
    let first = scores.first_mut().unwrap();
    *first = 0;
    println!("{:?}", scores);
    if let Some(middle) = scores.get_mut(1) {
        *middle *= 2;
    }
    println!("{:?}", scores.get_mut(7));
    println!("{:?}", scores);
    let mut empty: Vec<i32> = Vec::new();
    println!("{:?}", empty.last_mut());
    println!("{:?}", empty.first_mut());
    empty.push(1);
    *empty.last_mut().unwrap() += 1;
    let mut grid = [[1, 2], [3, 4]];
    if let Some(row) = grid.last_mut() {
        row[0] = 99;
    }
    println!("{:?} {:?}", empty, grid);
    let mut names = vec![String::from("ann"), String::from("bo")];
    names.last_mut().unwrap().push_str("b");
    println!("{:?}", names);
}
