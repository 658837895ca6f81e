fn main() {
    let mut totals = vec![0; 3];
    for round in 0..3 {
        fn add_to(slot: &mut i32, amount: i32) {
            *slot += amount;
        }
        for slot in totals.iter_mut() {
            add_to(slot, round);
        }
        if round == 2 {
            struct Report<'a> {
                values: &'a [i32],
            }
            let report = Report { values: &totals };
            println!("{:?}", report.values);
        }
    }
    totals.push(9);
    println!("{:?}", totals);
}
