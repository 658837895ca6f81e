// Counting and locating a word in a sentence with matches and match_indices.
fn main() {
    let text = "the cat sat on the mat with the hat";
    let count = text.matches("the").count();
    println!("\"the\" appears {} times", count);

    let found: Vec<&str> = text.matches("at").collect();
    println!("{:?} ({} pieces)", found, found.len());
    println!("capacity {}", found.capacity());

    for (index, word) in text.match_indices("the") {
        println!("{} at byte {}", word, index);
    }

    let from_the_end: Vec<(usize, &str)> = text.rmatch_indices("at").collect();
    println!("{:?}", from_the_end);

    let vowels = text.matches('a').count() + text.matches('e').count();
    println!("a and e: {}", vowels);

    let owned = String::from("banana");
    let positions: Vec<usize> = owned.match_indices("an").map(|(i, _)| i).collect();
    println!("{:?}", positions);
    println!("{}", owned.matches("ana").count());
    println!("{}", "".matches("x").count());

    let dots = "a.b.c".matches('.').count();
    println!("dots: {dots}");
}
