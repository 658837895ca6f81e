// Drawing a grid into one String with `extend`, as a learner would.
struct Grid {
    w: usize,
    cells: Vec<char>,
}

impl Grid {
    fn render(&self) -> String {
        let mut s = String::new();
        for row in self.cells.chunks(self.w) {
            s.extend(row.iter());
            s.push('\n');
            println!("len {} cap {}", s.len(), s.capacity());
        }
        s
    }
}

fn main() {
    let mut g = Grid { w: 4, cells: vec!['.'; 12] };
    g.cells[5] = '#';
    print!("{}", g.render());
    let mut word = String::from("ab");
    word.extend("xyz".chars().rev());
    println!("{} {}", word, word.capacity());
    word.extend(["-", "done"]);
    println!("{} {}", word, word.capacity());
    let parts = vec!["p", "q"];
    word.extend(parts.iter().map(|p| *p));
    let bangs = vec!['!'; 3];
    word.extend(bangs);
    println!("{} {}", word, word.capacity());
    let mut vowels = String::new();
    vowels.extend("programming language".chars().filter(|c| "aeiou".contains(*c)));
    println!("{} {} {}", vowels, vowels.len(), vowels.capacity());
    let letters = ['h', 'i'];
    let mut greeting = String::with_capacity(1);
    greeting.extend(&letters);
    println!("{} {}", greeting, greeting.capacity());
}
