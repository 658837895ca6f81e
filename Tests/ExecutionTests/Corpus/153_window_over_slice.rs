struct Window<'a> {
    data: &'a [i32],
    start: usize,
}

impl<'a> Window<'a> {
    fn new(data: &'a [i32]) -> Window<'a> {
        Window { data, start: 0 }
    }

    fn current(&self) -> &'a [i32] {
        &self.data[self.start..self.start + 2]
    }

    fn slide(&mut self) -> bool {
        if self.start + 2 < self.data.len() {
            self.start += 1;
            true
        } else {
            false
        }
    }
}

fn sum(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += v;
    }
    total
}

fn main() {
    let numbers = vec![1, 4, 2, 8, 5];
    let mut w = Window::new(&numbers);
    let first = w.current();
    loop {
        println!("{:?} sums to {}", w.current(), sum(w.current()));
        if !w.slide() {
            break;
        }
    }
    println!("first window was {:?}", first);
    println!("window struct: {} bytes", std::mem::size_of::<Window>());
}
