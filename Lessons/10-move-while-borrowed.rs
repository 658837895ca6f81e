//! title: Freeing a value still borrowed
//! summary: rustc rejects moving a value away while it is borrowed (E0505).
//! expect-error: E0505
//!
//! Dropping a value frees its heap memory. If a reference to the value is
//! still around, that reference now leads to freed memory. C programmers
//! know this as calling `free` while someone still holds the pointer.
//!
//! In Rust, `drop(note)` moves `note` into the `drop` function, which frees
//! it. Moving a value out while it is borrowed is error E0505: the borrow
//! checker sees that `view` is used after the move and refuses the program.
//! memtutor plays it anyway, to show the reference that would be left.

// > `main` starts with slots for `note` (24 bytes) and `view` (8).
fn main() {
    // > `note` owns a heap block of {block note} bytes holding the text.
    let note = String::from("remember the milk");
    // ? number: How many bytes of main's frame does the reference view take?
    // + {size view}
    // = A reference to a sized value is a single address: {size view} bytes
    // = on a 64-bit machine, whatever it points to.
    // > `view` borrows `note`: it holds the address of `note`'s slot,
    // > {heap view}.
    let view = &note;
    // ? choice: What does drop(note) do to the heap block holding the text?
    // - Nothing, because view still borrows it
    // + Frees it: note is moved into drop, which frees the block at once
    // - Marks it for a later garbage collection
    // = `drop` takes ownership and lets the value go out of scope at once,
    // = which frees the heap block. Borrows do not keep values alive, so
    // = the compiler forbids the move while `view` is still needed.
    // > This is where rustc objects: `note` is moved into `drop` while
    // > `view` still borrows it. In this what-if run the move happens and
    // > the 17-byte block is freed.
    drop(note);
    // ? choice: Which line would have to change for rustc to accept the program?
    // - None: rustc accepts it if view is never written to
    // + Either this line must move before drop(note), or drop(note) must go
    // - The let view line must use &mut instead of &
    // = The borrow lasts from `&note` to the last use of `view`. Move the
    // = last use before `drop(note)`, and the borrow ends in time: the same
    // = two lines in the other order compile.
    // > `view` still points at `note`'s slot, {heap view}, but the String
    // > there was moved away and its heap block freed. This line prints only
    // > the address; printing `view` itself would read freed memory.
    println!("{:p}", view);
    // > `main` ends. `note` is not dropped again: it was moved into `drop`.
}

//~ Moving a value out (into a function, into another variable, into
//~ `drop`) ends its owner's responsibility for it; if the new owner frees
//~ it, every reference to it would dangle. So rustc forbids moving a value
//~ while any borrow of it is still to be used: error E0505.
//~
//~ The fix is to finish with the borrow first, or to clone the value if
//~ both really need to live on independently.

//| error[E0505]: cannot move out of `note` because it is borrowed
//|   --> 10-move-while-borrowed.rs:35:10
//|    |
//| 17 |     let note = String::from("remember the milk");
//|    |         ---- binding `note` declared here
//| ...
//| 24 |     let view = &note;
//|    |                ----- borrow of `note` occurs here
//| ...
//| 35 |     drop(note);
//|    |          ^^^^ move out of `note` occurs here
//| ...
//| 46 |     println!("{:p}", view);
//|    |                      ---- borrow later used here
//|    |
//| help: consider cloning the value if the performance cost is acceptable
//|    |
//| 24 |     let view = &note.clone();
//|    |                     ++++++++
