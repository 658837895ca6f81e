fn send(msg: String) {
    println!("sent {}", msg);
}

fn main() {
    let msg = String::from("ping");
    let mut tries = 0;
    loop {
        tries += 1;
        if tries == 3 {
            send(msg);
            break;
        }
    }
    println!("after {} tries", tries);
}
