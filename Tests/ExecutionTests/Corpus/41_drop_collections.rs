// Vec, array and tuple elements drop front to back; pop moves out, remove drops at once.
struct Noisy {
    name: char,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let _arr = [Noisy { name: '1' }, Noisy { name: '2' }];
    let _tuple = (Noisy { name: '3' }, Noisy { name: '4' });
    let mut v = vec![Noisy { name: 'a' }, Noisy { name: 'b' }, Noisy { name: 'c' }, Noisy { name: 'd' }];
    let popped = v.pop();
    println!("popped, len {}", v.len());
    v.remove(0);
    println!("removed, len {}", v.len());
    v.push(Noisy { name: 'e' });
    {
        let inner = vec![Noisy { name: 'x' }, Noisy { name: 'y' }];
        println!("inner len {}", inner.len());
    }
    v.clear();
    println!("cleared, len {}", v.len());
    v.push(Noisy { name: 'f' });
    v.push(Noisy { name: 'g' });
    let _boxed = Box::new(Noisy { name: 'B' });
    println!("holding {:?}", popped.is_some());
    println!("end of main");
}
