// Two clubs as HashSets of names: who is in both, in either, in only one. Real Rust visits a
// HashSet in a different order each run, so the program sorts what it prints.
use std::collections::HashSet;

fn sorted(names: &HashSet<String>) -> Vec<&String> {
    let mut list: Vec<&String> = names.iter().collect();
    list.sort();
    list
}

fn main() {
    let chess: HashSet<String> = ["ann", "bob", "cid", "dee"].iter().map(|s| s.to_string()).collect();
    let drama: HashSet<String> = ["bob", "dee", "eve"].iter().map(|s| s.to_string()).collect();

    let mut both: Vec<&String> = chess.intersection(&drama).collect();
    both.sort();
    println!("in both clubs: {:?} (room for {})", both, both.capacity());

    let mut everyone: Vec<String> = chess.union(&drama).cloned().collect();
    everyone.sort();
    println!("everyone: {:?} (room for {})", everyone, everyone.capacity());

    let mut only_chess: Vec<&str> = chess.difference(&drama).map(|s| s.as_str()).collect();
    only_chess.sort();
    println!("only chess: {:?}", only_chess);
    println!("in exactly one club: {}", chess.symmetric_difference(&drama).count());

    let mut three_letters = 0;
    for name in chess.union(&drama) {
        if name.len() == 3 {
            three_letters += 1;
        }
    }
    println!("names of three letters: {}", three_letters);

    let all = &chess | &drama;
    let common = &chess & &drama;
    let chess_only = &chess - &drama;
    let one_club = &chess ^ &drama;
    println!("sizes: {} {} {} {}", all.len(), common.len(), chess_only.len(), one_club.len());
    println!("room: {} {} {} {}", all.capacity(), common.capacity(), chess_only.capacity(), one_club.capacity());
    println!("one club: {:?}", sorted(&one_club));
    println!("eve anywhere? {}  bob only in chess? {}", all.contains("eve"), chess_only.contains("bob"));
    println!(
        "common within chess: {}, all covers drama: {}, chess-only apart from drama: {}",
        common.is_subset(&chess),
        all.is_superset(&drama),
        chess_only.is_disjoint(&drama)
    );
    println!("chess within drama: {}", chess.is_subset(&drama));

    let seats: HashSet<u32> = (1..20).collect();
    let taken: HashSet<u32> = [3, 7, 50].into_iter().collect();
    let numbers: Vec<u32> = taken.union(&seats).copied().collect();
    println!("{} numbers, room for {}", numbers.len(), numbers.capacity());
    let refs: Vec<&u32> = seats.union(&taken).collect();
    println!("{} refs, room for {}", refs.len(), refs.capacity());
    let free: HashSet<u32> = seats.difference(&taken).copied().collect();
    println!("{} free seats, table room {}", free.len(), free.capacity());
    let total: u32 = seats.intersection(&taken).sum();
    println!("taken seat numbers add up to {}", total);
}
