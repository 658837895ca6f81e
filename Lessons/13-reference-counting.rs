//! title: Ownership, Rc and tracing GC
//! summary: Rc frees at count zero, a GC frees later, ownership at the brace.
//!
//! Languages that do not want programmers to free memory by hand take one
//! of two roads. A tracing garbage collector (Java, Go, C#, JavaScript)
//! lets the program allocate freely and now and then finds every object
//! still reachable from the stack and globals, then reclaims the rest.
//! Reference counting (Swift and Objective-C with ARC, CPython) keeps a
//! count in each object, raised and lowered as references come and go, and
//! frees the object when the count reaches zero.
//!
//! Rust's default is neither: each value has a single owner, and the
//! compiler puts the free at the end of the owner's scope. When a value
//! truly needs several owners, `Rc` adds reference counting to that one
//! value. This lesson shows both, step by step.

use std::rc::Rc;

// > `main` starts. Its frame holds two `Rc` pointers, `poster` and
// > `alice`, 8 bytes each.
fn main() {
    // >1 First, plain ownership: `use_once` gets a frame of its own.
    // >2 `use_once` is over, and so is its String: nothing of it remains.
    use_once();
    // ? number: How many bytes will the Rc's own heap block take?
    // + {block poster}
    // = An `Rc<String>` block holds the strong count (8 bytes), the weak
    // = count (8 bytes) and the 24-byte String handle: {block poster} bytes.
    // = The text "concert" gets its own 7-byte block, allocated first.
    // > `Rc::new` allocates a block for the counts and the String's handle,
    // > {block poster} bytes; the text "concert" sits in its own block. The
    // > strong count starts at {strong poster}.
    let poster = Rc::new(String::from("concert"));
    println!("owners: {}", Rc::strong_count(&poster));
    // ? number: What will the strong count be after this clone?
    // + {strong poster}
    // = `Rc::clone` copies the 8-byte pointer and adds one to the count
    // = stored in the heap block. Nothing is allocated and the text is not
    // = copied. Two owners: {strong poster}.
    // > A second owner: `alice` holds the same address, {heap alice}, and
    // > the count went up to {strong poster}.
    let alice = Rc::clone(&poster);
    println!("owners: {}", Rc::strong_count(&poster));
    // ?2 number: lend_to_bob has returned. What is the strong count now?
    // + {strong poster}
    // = `bob` was dropped when `lend_to_bob` ended, and dropping an Rc
    // = lowers the count by one instead of freeing anything:
    // = {strong poster} owners remain, so the block stays.
    // >1 `lend_to_bob` borrows `poster`: its parameter is a reference, and
    // >1 borrowing does not change the count.
    // >2 Back in `main` with {strong poster} owners.
    lend_to_bob(&poster);
    println!("owners: {}", Rc::strong_count(&poster));
    // > Dropping `alice` early: the count falls to {strong poster}. The
    // > block stays, since `poster` still owns it.
    drop(alice);
    println!("owners: {}", Rc::strong_count(&poster));
    // ? choice: poster is the last owner. What happens at this closing brace?
    // - The count drops to 0 and the block waits for a collector
    // + The count drops to 0, so the String and then the Rc's block are freed right here
    // - Nothing: an Rc is freed when the program exits
    // = Reference counting frees at the exact moment the last owner goes
    // = away: dropping `poster` brings the count to zero, which drops the
    // = String inside (freeing its text) and then frees the Rc's block.
    // > The last owner, `poster`, goes out of scope. The count reaches zero,
    // > so the String inside is dropped (its text block is freed) and then
    // > the Rc's own block is freed, here and now: reference counting frees
    // > as early as ownership does.
}

fn use_once() {
    // > Plain ownership: `scratch` owns a heap block of {block scratch} bytes.
    let scratch = String::from("short-lived");
    // ? choice: When will the heap block of scratch be freed?
    // + At the closing brace of use_once, where scratch goes out of scope
    // - At the next garbage collection
    // - When main ends
    // = With single ownership the compiler knows exactly where the last
    // = owner dies, and puts the free there: no counter, no collector, no
    // = pause.
    // > Printing reads the text; the block is still owned by `scratch`.
    println!("{scratch}");
    // > `scratch` goes out of scope: its heap block is freed at this very
    // > brace, with no counting and no collector. Then the frame is popped.
}

fn lend_to_bob(poster: &Rc<String>) {
    // > A third owner: `bob` is a clone made inside this function, and the
    // > count is {strong bob}.
    let bob = Rc::clone(poster);
    println!("owners: {}", Rc::strong_count(&bob));
    // > `bob` goes out of scope. Dropping an Rc lowers the count, to
    // > {strong main::poster}, instead of freeing: others still own the value.
}

//~ Single ownership frees a value at the end of its owner's scope, decided
//~ at compile time, at no cost while the program runs. `Rc` lets several
//~ owners share one value: each clone and each drop updates a count, and
//~ the value is freed the moment the count reaches zero. That costs a
//~ little on every clone and drop (and `Arc`, the thread-safe version,
//~ uses atomic operations, which cost more), and a cycle of `Rc`s never
//~ reaches zero (lesson 8).
//~
//~ A tracing collector does no work on each copy of a reference, so it can
//~ have better throughput, but memory is freed only when the collector
//~ runs, and a collection can pause the program at moments it does not
//~ choose. Those pauses show up as occasional slow responses in servers and
//~ dropped frames in interfaces, which is why garbage-collected languages
//~ are rarely used for hard real-time or embedded work.
