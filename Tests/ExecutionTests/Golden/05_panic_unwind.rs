struct Guard(u8);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop guard {}", self.0);
    }
}

fn pick(values: &[i32], index: usize) -> i32 {
    let _g = Guard(2);
    values[index]
}

fn main() {
    let _g = Guard(1);
    let values = [1, 2, 3];
    let total: i32 = values.iter().sum();
    println!("total {}", total);
    println!("{}", pick(&values, 5));
}
