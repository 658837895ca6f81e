// A recursive generic function: every level runs the same instance, sum_from::<u64> or
// sum_from::<i32>, each with its own frame on the stack.
fn sum_from<T: Copy + std::fmt::Display>(items: &[T], index: usize, depth: u32) -> u32 {
    if index == items.len() {
        println!("bottom at depth {}", depth);
        return depth;
    }
    println!("depth {} sees {}", depth, items[index]);
    sum_from(items, index + 1, depth + 1)
}

fn main() {
    let small = [5u64, 6, 7];
    let levels = sum_from(&small, 0, 0);
    let other = vec![-1, -2];
    let more = sum_from(&other, 0, 10);
    println!("{} {}", levels, more);
}
