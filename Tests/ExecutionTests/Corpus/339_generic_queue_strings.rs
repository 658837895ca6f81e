// A generic queue holding owned Strings: watch each push move a String in.
struct Queue<T> {
    items: Vec<T>,
}

impl<T> Queue<T> {
    fn new() -> Queue<T> {
        Queue { items: Vec::new() }
    }

    fn enqueue(&mut self, item: T) {
        self.items.push(item);
    }

    fn dequeue(&mut self) -> Option<T> {
        if self.items.is_empty() {
            None
        } else {
            Some(self.items.remove(0))
        }
    }

    fn size(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut q: Queue<String> = Queue::new();
    let first = String::from("alpha");
    q.enqueue(first);
    q.enqueue(String::from("beta"));
    q.enqueue("gamma".to_string());
    println!("size {}", q.size());
    let out = q.dequeue();
    println!("out {:?}, left {}", out, q.size());
    let mut counts = Queue::new();
    counts.enqueue(1u8);
    counts.enqueue(2u8);
    println!("{:?} {:?} {:?}", counts.dequeue(), counts.dequeue(), counts.dequeue());
}
