// try_fold and try_for_each stop at the first None or Err.
fn parse_all(words: &[&str]) -> Result<Vec<i32>, String> {
    let mut numbers = Vec::new();
    words.iter().try_for_each(|w| match w.parse::<i32>() {
        Ok(n) => {
            numbers.push(n);
            Ok(())
        }
        Err(_) => Err(format!("not a number: {}", w)),
    })?;
    Ok(numbers)
}

fn main() {
    let small: Vec<u8> = vec![100, 100, 50];
    let total = small.iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    println!("u8 total of {:?}: {:?}", small, total);
    let big: Vec<u8> = vec![100, 100, 60];
    let overflow = big.iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    println!("u8 total of {:?}: {:?}", big, overflow);

    let product: Option<i32> = (1..=10).try_fold(1i32, |acc, n| acc.checked_mul(n));
    println!("10! = {:?}", product);
    let too_big: Option<i32> = (1..=13).try_fold(1i32, |acc, n| acc.checked_mul(n));
    println!("13! fits in i32: {:?}", too_big);

    let budget: Result<i64, String> = [30, 25, 40, 10].iter().try_fold(100i64, |left, &cost| {
        if cost > left {
            Err(format!("cannot pay {} with {} left", cost, left))
        } else {
            println!("paid {}, {} left", cost, left - cost);
            Ok(left - cost)
        }
    });
    println!("{:?}", budget);

    let checked: Result<(), String> = (1..6).try_for_each(|n| {
        if n % 4 == 0 {
            return Err(format!("{} is a multiple of 4", n));
        }
        println!("{} is fine", n);
        Ok(())
    });
    println!("{:?}", checked);

    println!("{:?}", parse_all(&["1", "22", "333"]));
    println!("{:?}", parse_all(&["1", "two", "3"]));
    let evens = vec![2, 4, 6, 7, 8];
    let all_even = evens.iter().try_for_each(|&x| if x % 2 == 0 { Some(()) } else { None });
    println!("all even: {:?}", all_even.is_some());
}
