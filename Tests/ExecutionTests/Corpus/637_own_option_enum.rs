// An Option of your own: `map`, `and_then` and `unwrap_or` written as std writes them, and a
// method named like an iterator's (`find`) on a struct.
#[derive(Debug)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

impl<T> Maybe<T> {
    fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Maybe<U> {
        match self {
            Maybe::Just(x) => Maybe::Just(f(x)),
            Maybe::Nothing => Maybe::Nothing,
        }
    }
    fn and_then<U, F>(self, f: F) -> Maybe<U>
    where
        F: FnOnce(T) -> Maybe<U>,
    {
        match self {
            Maybe::Just(x) => f(x),
            Maybe::Nothing => Maybe::Nothing,
        }
    }
    fn unwrap_or(self, fallback: T) -> T {
        match self {
            Maybe::Just(x) => x,
            Maybe::Nothing => fallback,
        }
    }
}

fn half(x: i32) -> Maybe<i32> {
    if x % 2 == 0 { Maybe::Just(x / 2) } else { Maybe::Nothing }
}

struct Shelf {
    books: Vec<(String, u32)>,
}

impl Shelf {
    fn find<P>(&self, pred: P) -> Option<&(String, u32)>
    where
        P: Fn(&(String, u32)) -> bool,
    {
        for b in &self.books {
            if pred(b) {
                return Some(b);
            }
        }
        None
    }
}

fn main() {
    let a = Maybe::Just(20);
    let b = a.map(|x| x * 3);
    println!("{:?}", b);
    let c = b.and_then(half).and_then(half);
    println!("{:?}", c);
    let d = Maybe::Just(7).and_then(|x| half(x + 1)).map(|x| x.to_string());
    println!("{:?}", d);
    let name: Maybe<String> = Maybe::Just(String::from("memtutor"));
    let len = name.map(|s| s.len());
    println!("{:?}", len);
    let none: Maybe<i32> = Maybe::Nothing;
    println!("{} {}", none.unwrap_or(-1), Maybe::Just(3).unwrap_or(0));

    let shelf = Shelf { books: vec![(String::from("Dune"), 412), (String::from("Emma"), 320)] };
    if let Some((title, pages)) = shelf.find(|(_, p)| *p < 400) {
        println!("short: {} ({} pages)", title, pages);
    }
    println!("{:?}", shelf.find(|(t, _)| t == "Ulysses"));
}
