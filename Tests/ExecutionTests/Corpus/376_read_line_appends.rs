use std::io;

// read_line appends to the String: it never clears it first.
fn main() {
    let mut buffer = String::new();
    println!("before: len {}, capacity {}", buffer.len(), buffer.capacity());

    let mut lines = 0;
    loop {
        let n = io::stdin().read_line(&mut buffer).expect("read failed");
        if n == 0 {
            println!("end of input after {} lines", lines);
            break;
        }
        lines += 1;
        println!("read {} bytes: len {}, capacity {}", n, buffer.len(), buffer.capacity());
    }
    println!("everything: {:?}", buffer.lines().count());

    // Cleared each time, the buffer keeps its capacity.
    buffer.clear();
    println!("cleared: len {}, capacity {}", buffer.len(), buffer.capacity());
    let n = io::stdin().read_line(&mut buffer).expect("read failed");
    println!("after the end: {} bytes, {:?}", n, buffer);
}
