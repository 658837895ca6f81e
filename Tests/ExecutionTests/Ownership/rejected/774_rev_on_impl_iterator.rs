struct Playlist {
    songs: Vec<String>,
}

impl Playlist {
    fn titles(&self) -> impl Iterator<Item = &String> + '_ {
        self.songs.iter()
    }
}

fn main() {
    let list = Playlist { songs: vec![String::from("intro"), String::from("outro")] };
    for title in list.titles().rev() {
        println!("{}", title);
    }
}
