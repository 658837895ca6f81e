mod scores {
    pub fn best(list: &Vec<i32>) -> &i32 {
        let mut best = &list[0];
        for s in list {
            if s > best {
                best = s;
            }
        }
        best
    }

    pub fn add(list: &mut Vec<i32>, score: i32) {
        list.push(score);
    }
}

use scores::{add, best};

fn main() {
    let mut list = vec![3, 9, 4];
    let top = *best(&list);
    add(&mut list, top + 1);
    let b = best(&list);
    println!("best {} of {}", b, list.len());
    scores::add(&mut list, 0);
    println!("{:?}", list);
}
