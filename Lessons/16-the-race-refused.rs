//! title: The race, refused
//! summary: rustc refuses a thread that reads a Vec main changes (E0373).
//! expect-error: E0373
//!
//! Here is the bug that threads make easy: one thread walks through a
//! list while another thread changes it. The walker keeps a pointer into
//! the list's heap buffer. If the other thread makes the list move to a
//! bigger buffer, or takes an item out, that pointer is left aiming at
//! memory the list has given back: a wild pointer. In C or C++ nothing
//! stops the walker from reading through it. Lesson 12 showed this bug on
//! one thread; with two, it takes no wrong order of lines, only bad timing.
//!
//! In the program below a reader thread prints a Vec's scores while main
//! pushes one more. The closure has no `move`, so it borrows `scores` from
//! main's frame, and nothing says main's frame outlives the thread: that
//! is rustc's first error, E0373. Its second, E0502, is the race itself:
//! main may not push while the reader's borrow is alive.
//!
//! memtutor plays the program anyway, in the order its scheduler picks,
//! to show the read that rustc rules out.

use std::thread;

// > `main` starts on the main thread's stack.
fn main() {
    // > Four scores fill a {block scores}-byte buffer: length {len scores},
    // > capacity {cap scores}. The next push will not fit.
    let mut scores = vec![10, 20, 30, 40];
    // ? choice: The closure uses scores without `move`. What does the new thread get?
    // + The address of scores' slot, in main's frame on main's stack
    // - A copy of the Vec and its four scores
    // - The Vec itself, moved out of main
    // = A closure without `move` borrows what it uses: it keeps the
    // = address of the slot, {addr scores}, not the Vec. That address is in
    // = main's frame, which nothing promises will outlive the thread.
    // >1 `spawn` boxes the closure, which holds only `&scores`, an address
    // >1 in main's frame, and starts the reader with a stack of its own.
    // >2 The reader starts: the closure runs in a frame on the reader's
    // >2 own stack, with a pointer to its box.
    let reader = thread::spawn(|| {
        // >1 The reader's iterator takes the buffer's address from main's
        // >1 `scores`: `s` points at the first score, {heap s}.
        // >2 `s` moves on to the second score, {heap s}, still in the
        // >2 buffer the iterator started with.
        for s in scores.iter() {
            // ?2 choice: Main's push freed the old buffer. What does the reader print now?
            // - read 20, the score `s` pointed at
            // - read 50, the score main just pushed
            // + Whatever bytes the freed block holds now, if it can read them
            // = `s` was made before the push and still holds an address in the
            // = old block. Once freed, that memory is the allocator's again: it
            // = may hold another value, or allocator bookkeeping. memtutor stops
            // = the run at this read; a real program would read on.
            // >1 The reader prints the first score.
            // >2 The race. The reader reads through `s`, {heap s}, in the
            // >2 block main's push freed. Its band marks `s` "reads freed
            // >2 memory"; the Heap panel keeps that block as freed but still
            // >2 pointed at.
            println!("read {s}");
        }
    });
    // >1 `yield_now` lets another thread run: here, the reader starts.
    // >1 A real system picks its own order, and it varies from run to run.
    // >2 Main runs again, while the reader is in the middle of its loop.
    thread::yield_now();
    // ? number: The buffer is full. What will the capacity be after this push?
    // + {cap scores}
    // = From 4 to {cap scores}: a full Vec doubles. The buffer could not grow in
    // = place, so the scores were copied to a new block and the old one freed.
    // > The push moves the scores to a new block at {heap scores} and frees
    // > the old one. The reader's `s` still points into the freed block.
    scores.push(50);
    // > `join` makes main wait, and the reader carries on.
    reader.join().unwrap();
}

//~ Two threads touching one Vec, one of them changing it, is a data race,
//~ and the reader ends up following a pointer into freed memory. rustc
//~ never lets it start: a thread may not borrow a local of main's
//~ (E0373), and while anything borrows the Vec, nobody may change it
//~ (E0502).
//~
//~ The fixes share the data safely: `move` the Vec into the thread (main
//~ can then no longer push), or put it in an `Arc<Mutex<Vec>>` so the two
//~ threads take turns, as the lesson on `Mutex` shows.

//| error[E0373]: closure may outlive the current function, but it borrows `scores`, which is owned by the current function
//|   --> 16-the-race-refused.rs:40:32
//|    |
//| 40 |     let reader = thread::spawn(|| {
//|    |                                ^^ may outlive borrowed value `scores`
//| ...
//| 45 |         for s in scores.iter() {
//|    |                  ------ `scores` is borrowed here
//|    |
//| note: function requires argument type to outlive `'static`
//|   --> 16-the-race-refused.rs:40:18
//|    |
//| 40 |       let reader = thread::spawn(|| {
//|    |  __________________^
//| ...  |
//| 61 | |     });
//|    | |______^
//| help: to force the closure to take ownership of `scores` (and any other referenced variables), use the `move` keyword
//|    |
//| 40 |     let reader = thread::spawn(move || {
//|    |                                ++++
