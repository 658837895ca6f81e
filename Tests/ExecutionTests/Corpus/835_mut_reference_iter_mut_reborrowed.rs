// A `&mut` held in a variable, a struct field or a closure's captures: `iter_mut()` through it
// reborrows, so the reference is still there to use afterwards.
struct Scores<'a> {
    values: &'a mut Vec<i32>,
}

fn bump(values: &mut Vec<i32>) {
    for v in values.iter_mut() {
        *v += 1;
    }
    values.iter_mut().for_each(|v| *v *= 2);
    values.push(0);
}

fn main() {
    let mut data = vec![3, 1, 4];
    bump(&mut data);
    println!("after bump {:?}", data);

    let scores = Scores { values: &mut data };
    for v in scores.values.iter_mut() {
        *v -= 1;
    }
    scores.values.push(99);
    println!("through a field: {:?}", scores.values);

    {
        let slice = &mut data[..];
        let mut scale = move || slice.iter_mut().for_each(|x| *x *= 10);
        scale();
        scale();
    }
    println!("scaled twice {:?}", data);

    {
        let all = &mut data;
        let mut halve = move || {
            for x in all.iter_mut() {
                *x /= 2;
            }
            all.len()
        };
        println!("halved {} items", halve());
        println!("halved {} items", halve());
    }
    println!("{:?} cap {}", data, data.capacity());

    let mut grid = vec![1, 2, 3, 4];
    std::thread::scope(|s| {
        let (left, right) = grid.split_at_mut(2);
        s.spawn(move || left.iter_mut().for_each(|x| *x *= 10));
        s.spawn(move || right.iter_mut().for_each(|x| *x += 1));
    });
    println!("{:?}", grid);
}
