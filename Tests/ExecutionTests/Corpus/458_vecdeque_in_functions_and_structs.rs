use std::collections::VecDeque;

fn total(queue: &VecDeque<i32>) -> i32 {
    let mut sum = 0;
    for x in queue {
        sum += x;
    }
    sum
}

fn add_to_all(queue: &mut VecDeque<i32>, n: i32) {
    for x in queue.iter_mut() {
        *x += n;
    }
    queue.push_back(n);
}

struct RecentKeys {
    keys: VecDeque<char>,
    limit: usize,
}

impl RecentKeys {
    fn press(&mut self, key: char) {
        if self.keys.len() == self.limit {
            self.keys.pop_front();
        }
        self.keys.push_back(key);
    }
}

fn main() {
    let mut queue = VecDeque::from([1, 2, 3]);
    add_to_all(&mut queue, 10);
    println!("total {} of {:?}", total(&queue), queue);

    let mut recent = RecentKeys { keys: VecDeque::with_capacity(3), limit: 3 };
    for key in "hello".chars() {
        recent.press(key);
    }
    println!("{:?} cap {}", recent.keys, recent.keys.capacity());

    let lines: Vec<VecDeque<i32>> = vec![VecDeque::new(), VecDeque::from([5])];
    println!("{:?}", lines);
    let maybe: Option<VecDeque<i32>> = Some(VecDeque::new());
    println!("{:?}", maybe);
    println!("size of VecDeque<i32>: {}", std::mem::size_of::<VecDeque<i32>>());
    println!("size of Option<VecDeque<i32>>: {}", std::mem::size_of::<Option<VecDeque<i32>>>());
    println!("size of VecDeque<String>: {}", std::mem::size_of::<VecDeque<String>>());
}
