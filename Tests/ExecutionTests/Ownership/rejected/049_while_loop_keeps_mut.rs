fn main() {
    let mut buf = String::new();
    let mut writers: Vec<&mut String> = Vec::new();
    let mut i = 0;
    while i < 2 {
        let w = &mut buf;
        writers.push(w);
        i += 1;
    }
}
