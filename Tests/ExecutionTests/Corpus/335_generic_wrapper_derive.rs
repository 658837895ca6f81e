#[derive(Debug, Clone)]
struct Wrapper<T> {
    value: T,
}

impl<T> Wrapper<T> {
    fn new(value: T) -> Self {
        Wrapper { value }
    }

    fn get(&self) -> &T {
        &self.value
    }

    fn into_inner(self) -> T {
        self.value
    }
}

fn main() {
    let a = Wrapper::new(42);
    let b = Wrapper::new(String::from("hello"));
    let c = b.clone();
    println!("{:?}", a);
    println!("{:?} and {:?}", b, c);
    println!("{:#?}", Wrapper::new(vec![1, 2, 3]));
    println!("a holds {}", a.get());
    let s = c.into_inner();
    println!("took out {:?}, b still {:?}", s, b.get());
    println!("sizes: {} {} {}", std::mem::size_of::<Wrapper<i32>>(), std::mem::size_of::<Wrapper<String>>(), std::mem::size_of::<Wrapper<u8>>());
}
