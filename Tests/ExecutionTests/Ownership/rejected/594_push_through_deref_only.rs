use std::ops::Deref;

struct Playlist {
    songs: Vec<String>,
}

impl Deref for Playlist {
    type Target = Vec<String>;
    fn deref(&self) -> &Vec<String> {
        &self.songs
    }
}

fn main() {
    let mut list = Playlist { songs: Vec::new() };
    list.push(String::from("intro"));
    println!("{} songs", list.len());
}
