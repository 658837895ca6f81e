#[derive(Debug)]
enum MyOption<T> {
    Some(T),
    None,
}

impl<T> MyOption<T> {
    fn is_some(&self) -> bool {
        match self {
            MyOption::Some(_) => true,
            MyOption::None => false,
        }
    }

    fn unwrap_or(self, default: T) -> T {
        match self {
            MyOption::Some(v) => v,
            MyOption::None => default,
        }
    }
}

fn find_even(numbers: &[i32]) -> MyOption<i32> {
    for &n in numbers {
        if n % 2 == 0 {
            return MyOption::Some(n);
        }
    }
    MyOption::None
}

fn main() {
    let found = find_even(&[1, 3, 4, 5]);
    let missing = find_even(&[1, 3, 5]);
    println!("{:?} {:?}", found, missing);
    println!("{} {}", found.is_some(), missing.is_some());
    println!("{} {}", found.unwrap_or(0), missing.unwrap_or(-1));
    let name: MyOption<String> = MyOption::Some(String::from("Ferris"));
    if let MyOption::Some(n) = &name {
        println!("hello {}", n);
    }
    println!("MyOption<i32>: {}, MyOption<u8>: {}, MyOption<String>: {}", std::mem::size_of::<MyOption<i32>>(), std::mem::size_of::<MyOption<u8>>(), std::mem::size_of::<MyOption<String>>());
}
