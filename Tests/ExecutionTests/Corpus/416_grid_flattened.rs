// A seating grid flattened into one list, row by row.
fn main() {
    let seats = vec![
        vec![101, 102, 103, 104, 105, 106],
        vec![201, 202],
        vec![301, 302, 303, 304, 305, 306, 307, 308, 309],
    ];

    let all: Vec<i32> = seats.iter().flatten().copied().collect();
    println!("{} seats: {:?}", all.len(), all);
    println!("capacity {}", all.capacity());

    let labels: Vec<String> = seats.iter().flatten().map(|s| format!("#{}", s)).collect();
    println!("{:?}", labels);
    println!("len {}, capacity {}", labels.len(), labels.capacity());

    let numbered: Vec<(usize, &i32)> = seats.iter().flatten().enumerate().collect();
    println!("last: {:?}, capacity {}", numbered[numbered.len() - 1], numbered.capacity());

    let total: i32 = seats.iter().flat_map(|row| row.iter()).sum();
    println!("sum of seat numbers {}", total);

    let highest = seats.iter().flat_map(|row| row.iter()).max();
    println!("highest seat {:?}", highest);

    let odd: Vec<i32> = seats.iter().flat_map(|row| row.iter()).filter(|s| **s % 2 == 1).cloned().collect();
    println!("odd seats {:?} (capacity {})", odd, odd.capacity());

    for seat in seats.iter().flat_map(|row| row.iter()) {
        if seat % 100 == 1 {
            println!("row starts at {}", seat);
        }
    }

    let booked = vec![Some(3), None, Some(8), Some(1), None];
    let doubled: Vec<i32> = booked.iter().flatten().map(|n| n * 2).collect();
    println!("{:?} (capacity {})", doubled, doubled.capacity());
}
