//! title: Threads: own stacks, one heap
//! summary: Each thread has its own stack; an Arc lets two threads own a block.
//!
//! A thread is a second line of execution inside the same program. The
//! operating system gives each new thread a stack of its own, mapped
//! somewhere else in the address space: its frames never mix with
//! main's. The heap is different: there is only one, and every thread can
//! reach every block in it.
//!
//! So how can two threads use the same data? Not through a plain
//! reference into main's stack: nothing promises main's frame outlives
//! the thread. Instead both sides own the data, through `Arc`, the
//! thread-safe sibling of `Rc`: one heap block with a count of owners
//! that is changed atomically.
//!
//! memtutor runs the threads one at a time and switches between them at
//! fixed points, so every run shows the same interleaving. Where the new
//! stack lies is memtutor's model; the sizes are real Rust's.

use std::sync::Arc;
use std::thread;

fn total(numbers: &[u64]) -> u64 {
    // >1 `total` got its {frame total}-byte frame on the worker's own stack:
    // >1 look at its address, {addr numbers}, far below main's frames. Its
    // >1 parameter points at the same heap buffer main's `Arc` owns.
    let mut sum = 0;
    for n in numbers {
        sum += n;
    }
    sum
    // > `total` returns {value sum before}; its frame leaves the worker's stack.
}

// > `main` starts on the main thread's stack, 8 MiB on Linux.
fn main() {
    // > `Arc::new` puts the Vec's handle in a {block data}-byte block: the
    // > strong count, the weak count and the 24-byte handle, as `Rc` does.
    // > The three numbers sit in their own buffer.
    let data = Arc::new(vec![10u64, 20, 30]);
    println!("owners: {}", Arc::strong_count(&data));
    // ? number: What will the strong count be after this clone?
    // + {strong data}
    // = `Arc::clone` copies the 8-byte pointer and adds one to the count
    // = in the shared block, with an atomic instruction so that two
    // = threads can never lose an update. Nothing is copied on the heap.
    // > A second owner, `for_worker`: same block, count {strong data}.
    let for_worker = Arc::clone(&data);
    println!("owners: {}", Arc::strong_count(&data));
    // ? choice: Where will the new thread's frames go?
    // - Below main's frames, on main's stack
    // + On a stack of its own that the new thread gets at spawn
    // - On the heap, next to the closure
    // = Every thread has its own stack, 2 MiB by default for a spawned
    // = one (main's is 8 MiB). Frames of different threads never share a
    // = stack, so two threads can call functions at the same time.
    // > `thread::spawn` creates the worker with a 2 MiB stack of its own
    // > and hands it the closure. `move` put `for_worker` inside the
    // > closure: the worker now owns one of the two counts.
    let worker = thread::spawn(move || {
        // > The worker runs its closure in a frame on its own stack.
        let sum = total(&for_worker);
        sum
        // > The closure has returned: its frame is popped, and the
        // > `for_worker` it captured is dropped, so the count falls by
        // > one. The worker has finished, and its stack is gone.
    });
    // >1 `join` makes main wait until the worker has finished. Main's
    // >1 stack stays as it is while the worker runs on its own.
    // ?2 number: The worker has finished. How many owners does the Arc have now?
    // + {strong data}
    // = The worker's closure owned `for_worker`; when the closure ended, that
    // = owner was dropped and the count went down by one. Only `data` is left.
    // >2 Main runs again: `join` handed over the worker's result, and
    // >2 `doubled` is {value doubled}.
    let doubled = worker.join().unwrap() * 2;
    // > The worker is gone, and with it its stack and its owner: the
    // > count is back to {strong data}. The block stays while `data`
    // > owns it.
    println!("owners: {}", Arc::strong_count(&data));
    println!("doubled: {}", doubled);
    // > `data` was the last owner: the count reaches zero, so the Vec's
    // > buffer and then the `Arc`'s block are freed, on main's side.
}

//~ Threads share the heap but never their stacks. A value on one thread's
//~ stack cannot be borrowed by another thread that might outlive it, so
//~ data that several threads use lives on the heap behind an `Arc`, whose
//~ count of owners is updated atomically. The last owner, on whichever
//~ thread, frees the block.
