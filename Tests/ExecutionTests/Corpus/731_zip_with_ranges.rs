// Numbering items by zipping with a range: `(1..)` never ends, so the
// other iterator decides how many pairs there are.
fn main() {
    let podium = vec!["Ana", "Ben", "Cleo"];
    for (place, name) in (1..).zip(podium.iter()) {
        println!("{}. {}", place, name);
    }

    let seats = vec![String::from("aisle"), String::from("middle"), String::from("window")];
    for (seat, row) in seats.iter().zip(12..15) {
        println!("row {}: {}", row, seat);
    }

    let tagged: Vec<(&String, usize)> = seats.iter().zip(0..).collect();
    println!("{:?} (capacity {})", tagged, tagged.capacity());

    let weights = [2, 4, 6, 8];
    let weighted: i32 = weights.iter().zip(1..).map(|(w, i)| w * i).sum();
    println!("weighted sum {}", weighted);

    let short: Vec<(i64, &i32)> = (100i64..102).zip(weights.iter()).collect();
    println!("{:?} (capacity {})", short, short.capacity());

    let mut pairs = weights.iter().zip(7..9);
    println!("{:?}", pairs.next());
    println!("{:?}", pairs.next());
    println!("{:?}", pairs.next());

    let padded: Vec<i32> = weights.iter().copied().chain(100..).take(6).collect();
    println!("{:?}", padded);

    let many = vec![0u8; 300];
    let mut last = 0;
    for (i, _) in (0u8..).zip(many.iter()) {
        last = i;
    }
    println!("never printed: {}", last);
}
