fn spawn_it<T: Send>(x: T) {
    std::thread::spawn(move || {
        let _y = x;
    });
}

fn main() {
    spawn_it(5);
}
