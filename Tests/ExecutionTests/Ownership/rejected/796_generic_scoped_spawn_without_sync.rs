fn share<T: std::fmt::Debug>(x: &T) {
    std::thread::scope(|s| {
        s.spawn(|| println!("{:?}", x));
    });
}

fn main() {
    share(&6);
}
