fn main() {
    let evens = vec![2, 4, 6];
    let odds = vec![1, 3];
    let want_even = evens.len() > odds.len();
    for n in if want_even { evens.iter() } else { odds.iter() } {
        println!("{n}");
    }
    let how_many = (if want_even { evens.iter() } else { odds.iter() }).count();
    println!("{how_many}");
}
