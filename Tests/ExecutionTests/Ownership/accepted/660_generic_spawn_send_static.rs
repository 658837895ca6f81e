fn spawn_it<T: Send + 'static + std::fmt::Debug>(x: T) {
    let h = std::thread::spawn(move || {
        println!("{:?}", x);
    });
    h.join().unwrap();
}

fn main() {
    spawn_it(5);
    spawn_it(String::from("hi"));
}
