// Walking a slice with patterns instead of indexes: the learner's "head and tail" recursion.

fn sum(numbers: &[i64]) -> i64 {
    match numbers {
        [] => 0,
        [first, rest @ ..] => first + sum(rest),
    }
}

fn largest(numbers: &[i64]) -> Option<i64> {
    match numbers {
        [] => None,
        [only] => Some(*only),
        [first, rest @ ..] => {
            let best_of_rest = largest(rest).unwrap();
            if *first > best_of_rest { Some(*first) } else { Some(best_of_rest) }
        }
    }
}

fn is_palindrome(letters: &[char]) -> bool {
    match letters {
        [] | [_] => true,
        [first, middle @ .., last] => first == last && is_palindrome(middle),
    }
}

fn main() {
    let data = vec![4, -2, 17, 9, 3];
    println!("sum = {}", sum(&data));
    println!("largest = {:?}", largest(&data));
    println!("largest of nothing = {:?}", largest(&[]));

    for word in ["racecar", "rust", "noon", "a", ""] {
        let letters: Vec<char> = word.chars().collect();
        println!("{:>8}: {}", word, is_palindrome(&letters));
    }

    let scores = data.as_slice();
    if let [first, second, ..] = scores {
        println!("top two entered: {} and {}", first, second);
    }
    let [.., last] = scores else {
        panic!("no scores");
    };
    println!("last entered: {}", last);
}
