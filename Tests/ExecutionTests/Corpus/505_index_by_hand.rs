// A grid indexed by (row, column) and a playlist indexed by position, through Index.
use std::ops::Index;

struct Grid {
    width: usize,
    cells: Vec<char>,
}

impl Index<(usize, usize)> for Grid {
    type Output = char;
    fn index(&self, (row, col): (usize, usize)) -> &char {
        &self.cells[row * self.width + col]
    }
}

struct Playlist {
    songs: Vec<String>,
}

impl Index<usize> for Playlist {
    type Output = String;
    fn index(&self, i: usize) -> &Self::Output {
        println!("  looking up song {}", i);
        &self.songs[i]
    }
}

fn main() {
    let grid = Grid { width: 3, cells: "abcdefghi".chars().collect() };
    println!("{} {} {}", grid[(0, 0)], grid[(1, 1)], grid[(2, 0)]);
    let corner = grid[(2, 2)];
    println!("corner {corner}");

    let list = Playlist { songs: vec![String::from("intro"), String::from("theme"), String::from("outro")] };
    let second = &list[1];
    println!("second: {}", second);
    println!("{} letters", list[2].len());
    for i in 0..list.songs.len() {
        println!("{}: {}", i, list[i].to_uppercase());
    }
    println!("{}", list[0] == "intro");
}
