// ..Default::default() fills the rest while a field borrows nothing that outlives it.
#[derive(Debug)]
struct Window {
    title: String,
    width: u32,
    height: u32,
    tags: Vec<String>,
}
impl Default for Window {
    fn default() -> Self {
        Window { title: String::from("untitled"), width: 640, height: 480, tags: Vec::new() }
    }
}
fn main() {
    let name = String::from("editor");
    let w = Window { title: name.clone(), ..Default::default() };
    let mut big = Window { width: 1920, height: 1080, ..Window::default() };
    big.tags.push(name);
    let title = &w.title;
    println!("{} {}x{} {:?}", title, big.width, big.height, big.tags);
    println!("{:?}", w);
}
