// Replacing a field that a living closure has borrowed.
struct Settings {
    title: String,
    volume: u8,
}

fn main() {
    let mut s = Settings { title: String::from("Song"), volume: 3 };
    let show = || println!("now playing {}", s.title);
    s.volume += 1;
    s.title = String::from("Other song");
    show();
}
