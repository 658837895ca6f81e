//! title: Rc is not Send
//! summary: An Rc cannot go to another thread (E0277); an Arc can.
//!
//! Lesson 13's `Rc` keeps a count of owners next to its value, and every
//! clone and every drop changes that count. Changing it takes three
//! moves: read the count, add or subtract one, write it back. On one
//! thread that is fine.
//!
//! Now let two threads clone the same `Rc` at the same moment. Both read
//! 2, both write 3: there are four owners, but the count says three, and
//! the value will be freed while someone still uses it. So rustc refuses
//! to let an `Rc` reach another thread. Write `Rc` instead of `Arc` in
//! the program below, and rustc stops with:
//!
//! - error[E0277]: `Rc<String>` cannot be sent between threads safely
//! - the trait `Send` is not implemented for `Rc<String>`
//!
//! `Send` marks the types that may move to another thread. `Arc` is one:
//! the same block and counts as `Rc`, but every change to a count is a
//! single atomic instruction that no other thread can cut in two. The
//! program below is the version rustc accepts.

use std::sync::Arc;
use std::thread;

// > `main` starts on the main thread's stack.
fn main() {
    // ? number: How many bytes will the Arc's heap block take?
    // + {block motto}
    // = Two 8-byte counts, strong and weak, then the 24-byte `String`
    // = handle: {block motto} bytes, laid out exactly as an `Rc<String>`'s
    // = block. The text "share" has a 5-byte block of its own.
    // > The text goes into a 5-byte block, then `Arc::new` puts the
    // > counts and the `String` handle in a {block motto}-byte block.
    let motto = Arc::new(String::from("share"));
    // > A second owner for the worker: the count goes to {strong motto}.
    let for_worker = Arc::clone(&motto);
    // ? choice: Why may this closure take an Arc to another thread, but not an Rc?
    // - An Arc copies the String for each thread that gets one
    // + An Arc changes its counts atomically, so two threads cannot lose an update
    // - An Rc may only hold numbers, not a String
    // = Both point at one shared block; the difference is how the count
    // = changes. `Rc` reads, adds and writes in three steps another
    // = thread can slip between. `Arc` does it in one atomic step, so it
    // = is `Send` and `Rc` is not.
    // >1 `move` puts `for_worker` in the closure, and `spawn` starts the
    // >1 worker with it. This is the line rustc refuses for an `Rc`.
    // >2 The worker starts: its closure runs on the worker's own stack.
    let worker = thread::spawn(move || {
        // ? number: What will the strong count be after the worker's clone?
        // + {strong copy}
        // = `motto`, `for_worker`, main's `also` and now `copy`: four
        // = owners of one block, and the count says {strong copy} because every
        // = add was atomic. Two plain read-add-writes at once could lose one.
        // > The worker clones too, on its own thread: the count is
        // > {strong copy}. Had main cloned at the same instant, the two
        // > atomic adds would still both count.
        let copy = Arc::clone(&for_worker);
        // > The worker reads the text through its own owner.
        copy.len()
        // > The closure ends: `copy` and then `for_worker` are dropped,
        // > and each drop subtracts one, atomically too.
    });
    // > Main clones while the worker is alive: one more owner, count
    // > {strong motto}, changed by main's thread.
    let also = Arc::clone(&motto);
    // >1 `join` makes main wait for the worker.
    // >2 The worker has finished and dropped its owners: {strong motto}
    // >2 are left, `motto` and `also`.
    let len = worker.join().unwrap();
    // > Main reads the count through `also`: {value owners}.
    let owners = Arc::strong_count(&also);
    println!("owners: {owners}, {len} bytes");
    // > `also` and then `motto` are dropped. The last drop takes the
    // > count to zero and frees the text and the block.
}

//~ A type is `Send` when a value of it may move to another thread. `Rc`
//~ is not: its counts change in plain read-add-write steps, and two
//~ threads doing that at once could lose a change and free a value that
//~ is still in use. rustc checks `Send` at `thread::spawn` and refuses an
//~ `Rc` with E0277. `Arc` is the same idea with atomic counts, a little
//~ slower, safe to share. Sharing is not changing, though: to change the
//~ data from several threads, the next lesson adds a `Mutex`.
