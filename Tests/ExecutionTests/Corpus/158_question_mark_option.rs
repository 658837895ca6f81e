fn sum_of_last_two(v: &mut Vec<i32>) -> Option<i32> {
    let last = v.pop()?;
    let before = v.pop()?;
    Some(last + before)
}

fn second(v: &Vec<i32>) -> Option<i32> {
    let x = v.get(1)?;
    Some(*x * 10)
}

fn main() {
    let mut numbers = vec![1, 2, 3];
    println!("{:?}", sum_of_last_two(&mut numbers));
    println!("{:?} left: {:?}", sum_of_last_two(&mut numbers), numbers);
    println!("{:?}", second(&vec![1, 2, 3]));
    println!("{:?}", second(&vec![1]));
    let missing: Option<i32> = None;
    let r: Result<i32, &str> = missing.ok_or("nothing there");
    println!("{:?}", r);
    println!("{:?}", Some(5).ok_or("unused"));
    println!("{}", std::mem::size_of::<Option<char>>());
}
