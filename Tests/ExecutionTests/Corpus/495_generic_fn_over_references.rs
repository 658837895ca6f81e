// Generic functions and a generic stack whose `T` is a reference type (`&str`):
// rustc checks the generic bodies once, whatever `T` becomes.
fn pop_it<T>(v: &mut Vec<T>) -> Option<T> {
    v.pop()
}

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn first_of<T: Copy>(v: &Vec<T>) -> T {
    v[0]
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
    }

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}

struct Holder<T> {
    item: T,
}

impl<T: Copy> Holder<T> {
    fn get(&self) -> T {
        self.item
    }
}

fn main() {
    let mut words = vec!["apple", "banana", "cherry"];
    println!("{:?}", pop_it(&mut words));
    println!("largest word: {}", largest(&words));
    println!("first: {}", first_of(&words));

    let mut numbers = vec![3, 9, 4];
    println!("{:?} {}", pop_it(&mut numbers), largest(&numbers));

    let mut stack: Stack<&str> = Stack::new();
    stack.push("a");
    stack.push("b");
    println!("popped {:?}, {} left", stack.pop(), stack.len());

    let holder = Holder { item: "hi" };
    println!("{}", holder.get());
}
