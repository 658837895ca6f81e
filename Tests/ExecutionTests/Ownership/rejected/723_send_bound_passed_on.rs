use std::fmt::Debug;

fn store<T: Debug + Send>(item: T) {
    println!("stored {:?}", item);
}

fn forward<T: Debug>(item: T) {
    store(item);
}

fn main() {
    forward(3);
}
