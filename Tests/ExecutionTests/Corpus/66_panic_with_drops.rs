// A panic unwinds the stack: live values in every frame are dropped, innermost first.
struct Noisy {
    name: char,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn inner(values: &Vec<i32>) -> i32 {
    let _i = Noisy { name: 'i' };
    let index = values.len() + 2;
    values[index]
}

fn middle(values: &Vec<i32>) -> i32 {
    let _m1 = Noisy { name: 'm' };
    let _m2 = Noisy { name: 'n' };
    inner(values) + 1
}

fn main() {
    let _a = Noisy { name: 'a' };
    let values = vec![1, 2, 3];
    let moved = Noisy { name: 'x' };
    drop(moved);
    let _b = Noisy { name: 'b' };
    println!("calling middle");
    let result = middle(&values);
    println!("never printed {}", result);
}
