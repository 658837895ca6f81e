// Moving a parser that a `&'a mut self` call borrowed for its whole life.
struct Cursor<'a> {
    data: &'a [i32],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn advance(&'a mut self) {
        if self.at < self.data.len() {
            self.at += 1;
        }
    }
}

fn main() {
    let numbers = vec![1, 2, 3];
    let mut cursor = Cursor { data: &numbers, at: 0 };
    cursor.advance();
    let moved = cursor;
    println!("{}", moved.at);
}
