//! title: Shared mutation: Arc and Mutex
//! summary: A Mutex lets one thread at a time change data; its guard is the key.
//!
//! Two threads that change the same `Vec` at once could both write its
//! length, or one could move the buffer while the other writes into it:
//! a data race. Rust refuses to compile that, as lesson 16 showed. To
//! let several threads change one value, put it in a `Mutex` and share
//! the mutex through an `Arc`.
//!
//! `lock()` gives back a guard, a small value on the calling thread's
//! stack. Only through the guard can the thread reach the value, and only
//! one guard exists at a time: a thread that asks while another holds it
//! waits. Dropping the guard unlocks the mutex.
//!
//! memtutor runs the threads one at a time, switching at fixed points, so
//! each run shows the same interleaving; the addresses of the threads'
//! stacks are its model.

use std::sync::{Arc, Mutex};
use std::thread;

// > `main` starts on the main thread's stack.
fn main() {
    // ? number: How many bytes will the Arc's heap block take?
    // + {block log}
    // = 16 bytes of counts, then the `Mutex<Vec<u32>>` itself: a 4-byte lock
    // = word, a 1-byte poison flag, padding, and the 24-byte `Vec` handle.
    // > One heap block of {block log} bytes: the `Arc`'s two counts, then
    // > the `Mutex`, which is its lock word, a poison flag and the `Vec`'s
    // > handle, all in place. No buffer yet: the `Vec` is empty.
    let log = Arc::new(Mutex::new(Vec::<u32>::new()));
    let mut handles = Vec::new();
    for id in 1..=2u32 {
        // ?1 number: What will the strong count be after this first clone?
        // + {strong log}
        // = `main`'s own `log` and this one: `Arc::clone` adds one to the count
        // = in the shared block and copies only the 8-byte pointer.
        // > Each worker gets its own owner of the block: the count is now
        // > {strong log}.
        let log = Arc::clone(&log);
        // > `spawn` starts a thread with a stack of its own; `move` gives
        // > it this turn's `log` and `id`.
        handles.push(thread::spawn(move || {
            // >1 Thread 1 locks the mutex: `entries`, a guard on thread 1's
            // >1 own stack, points into the mutex on the heap.
            // ?2 choice: Thread 1 still holds its guard. What happens when thread 2 calls lock()?
            // - Both threads get a guard and push at the same time
            // + Thread 2 waits until thread 1's guard is dropped
            // - The program panics: the mutex is taken
            // = One guard at a time: `lock` blocks the second thread until the
            // = first one drops its guard. Look at thread 2's band: it waits.
            // >2 Thread 2 asks for the lock while thread 1 holds it, so it
            // >2 waits: no guard, no access.
            // >3 The lock is free again, and thread 2 takes it: its own
            // >3 guard, on its own stack.
            let mut entries = log.lock().unwrap();
            // >1 Through the guard, thread 1 pushes: the first push
            // >1 allocates the `Vec`'s buffer, room for four numbers.
            // >2 Thread 2 pushes into the same buffer thread 1 filled.
            entries.push(id * 10);
            // > Still holding the lock, the same thread pushes again.
            entries.push(id * 10 + 1);
            // >1 Thread 1's closure ends: its guard is dropped, which unlocks
            // >1 the mutex and lets thread 2 go on, and its `Arc` owner goes.
            // >2 Thread 2 unlocks and finishes too. One owner is left: main's.
        }));
        // > The end of a turn: this turn's `log` was moved into the closure,
        // > so nothing is dropped here.
    }
    // > `handles` is moved into the loop, one `JoinHandle` at a time.
    for handle in handles {
        // > `join` waits for each worker to finish.
        handle.join().unwrap();
    }
    // > Main locks the mutex as well, the same way, with a guard of its own.
    let mut entries = log.lock().unwrap();
    // > Sorted through the guard: the order the threads pushed in is
    // > not something the program should count on.
    entries.sort();
    println!("{:?} {}", *entries, entries.len());
    // > Main's guard is dropped (unlock), then the last `Arc` owner: the
    // > buffer and the block are freed.
}

//~ A `Mutex` turns "several threads may change this" into "one thread at a
//~ time may change this": the guard returned by `lock()` is the only way in,
//~ it lives on the stack of the thread that holds it, and dropping it
//~ unlocks. Together with `Arc`, which lets every thread own the mutex,
//~ that is how safe Rust shares mutable data between threads.
