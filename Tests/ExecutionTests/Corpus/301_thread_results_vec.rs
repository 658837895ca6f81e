// Threads build their own Vec and give it back; main prints only after joining.
use std::thread;

fn squares_from(start: u32) -> Vec<u32> {
    let mut out = Vec::new();
    for i in start..start + 5 {
        out.push(i * i);
    }
    out
}

fn main() {
    let mut handles = Vec::new();
    for id in 0..3 {
        let handle = thread::spawn(move || {
            let v = squares_from(id * 10);
            v
        });
        handles.push(handle);
    }
    // Printing inside the threads would interleave; collect first, print after.
    let mut all = Vec::new();
    for handle in handles {
        let part = handle.join().unwrap();
        all.push(part);
    }
    for (i, part) in all.iter().enumerate() {
        println!("part {i}: {:?} (len {}, cap {})", part, part.len(), part.capacity());
    }
}
