// A trait of the program's own implemented for standard types, used through `&dyn` and
// `Box<dyn>`: each pointer is the data address and the vtable of `<T as Describe>`.
trait Describe {
    fn describe(&self) -> String;
}

impl Describe for String {
    fn describe(&self) -> String {
        format!("a string of {} bytes", self.len())
    }
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("the integer {}", self)
    }
}

impl Describe for f64 {
    fn describe(&self) -> String {
        format!("the float {:.2}", self)
    }
}

impl Describe for Vec<i32> {
    fn describe(&self) -> String {
        format!("{} numbers summing to {}", self.len(), self.iter().sum::<i32>())
    }
}

impl Describe for Option<String> {
    fn describe(&self) -> String {
        match self {
            Some(s) => format!("maybe {}", s),
            None => String::from("nothing"),
        }
    }
}

fn show(item: &dyn Describe) {
    println!("{}", item.describe());
}

fn main() {
    let s = String::from("hey");
    let r: &dyn Describe = &s;
    println!("{}", r.describe());
    show(&42);
    show(&vec![1, 2, 3]);
    show(&Some(String::from("tea")));

    let items: Vec<Box<dyn Describe>> = vec![
        Box::new(String::from("boxed")),
        Box::new(7),
        Box::new(2.5),
        Box::new(vec![10, 20]),
        Box::new(None::<String>),
    ];
    for item in &items {
        println!("- {}", item.describe());
    }
    println!("{} bytes per box", std::mem::size_of_val(&items[0]));
}
