fn spawn_it<T>(x: T) {
    std::thread::spawn(move || {
        let _y = x;
    });
}

fn main() {
    spawn_it(5);
}
