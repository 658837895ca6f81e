// Keeping an enumerate() in a variable and pulling items from it by hand.
fn numbered(names: &[String]) -> impl Iterator<Item = (usize, &String)> + '_ {
    names.iter().enumerate()
}

fn main() {
    let scores = vec![72, 85, 90, 64];
    let mut it = scores.iter().enumerate();
    println!("first: {:?}", it.next());
    println!("an Enumerate is {} bytes", std::mem::size_of_val(&it));

    while let Some((round, score)) = it.next() {
        if round == 2 {
            println!("skipping round {round}");
            continue;
        }
        println!("round {round}: {score}");
    }

    let mut letters = "añb".chars().enumerate();
    letters.next();
    println!("{:?} ({} bytes)", letters.next(), std::mem::size_of_val(&letters));

    let names = vec![String::from("Ada"), String::from("Grace")];
    for (i, name) in numbered(&names) {
        println!("{}. {}", i + 1, name);
    }

    let mut owned = names.into_iter().enumerate();
    if let Some((i, first)) = owned.next() {
        println!("took {first} at {i}, {} bytes", std::mem::size_of_val(&owned));
    }
    for (i, rest) in owned {
        println!("then {rest} at {i}");
    }

    let countdown = (1..4).rev().enumerate();
    for (step, n) in countdown {
        print!("{step}:{n} ");
    }
    println!();

    let big = scores.iter().filter(|s| **s > 70).enumerate();
    let ranked: Vec<(usize, &i32)> = big.collect();
    println!("{:?} cap {}", ranked, ranked.capacity());

    let mut from_end = scores.iter().rev().enumerate().skip(1);
    println!("{:?}", from_end.next());
}
