// The Rust Book's GUI example: a Screen holding Vec<Box<dyn Draw>>, drawn in a loop.
trait Draw {
    fn draw(&self);
}

struct Screen {
    components: Vec<Box<dyn Draw>>,
}

impl Screen {
    fn run(&self) {
        for component in self.components.iter() {
            component.draw();
        }
    }
}

struct Button {
    width: u32,
    height: u32,
    label: String,
}

impl Draw for Button {
    fn draw(&self) {
        println!("Button {}x{} '{}'", self.width, self.height, self.label);
    }
}

struct SelectBox {
    width: u32,
    options: Vec<String>,
}

impl Draw for SelectBox {
    fn draw(&self) {
        println!("SelectBox {} wide with {} options", self.width, self.options.len());
    }
}

fn main() {
    let screen = Screen {
        components: vec![
            Box::new(SelectBox {
                width: 75,
                options: vec![String::from("Yes"), String::from("Maybe"), String::from("No")],
            }),
            Box::new(Button {
                width: 50,
                height: 10,
                label: String::from("OK"),
            }),
        ],
    };
    screen.run();
    println!("components: {}", screen.components.len());
    println!("Box<dyn Draw> is {} bytes", std::mem::size_of::<Box<dyn Draw>>());
    println!("Button is {} bytes", std::mem::size_of::<Button>());
    println!("SelectBox is {} bytes", std::mem::size_of::<SelectBox>());
}
