//! title: A reference into a moved buffer
//! summary: rustc rejects growing a Vec while a reference into it lives (E0502).
//! expect-error: E0502
//!
//! In lesson 6, a full Vec moved its elements to a new, bigger block and
//! freed the old one. Any pointer into the old block was left pointing at
//! freed memory. In C++, this is the classic invalidated iterator: take a
//! pointer to an element of a `std::vector`, push, and the pointer dangles.
//!
//! Rust prevents it with one rule: while a shared reference `&` into a
//! value is in use, the value cannot be borrowed mutably, and `push` needs
//! `&mut self`. The program below breaks the rule, and rustc rejects it
//! with error E0502. memtutor plays it anyway.

// > `main` starts with slots for `readings`, `unit` and `first`.
fn main() {
    // > An empty Vec: nothing on the heap yet.
    let mut readings = Vec::new();
    // > The first push allocates room for {cap readings} i32 values.
    readings.push(18);
    // > The second element goes into the room already reserved.
    readings.push(19);
    // > The third, too: length {len readings}, capacity {cap readings}.
    readings.push(21);
    // > The block is full now: {len readings} of {cap readings}.
    readings.push(20);
    // > A String is allocated right after the Vec's block.
    let unit = String::from("celsius");
    // ? choice: What does first hold after this line?
    // + The address of the first element, inside the Vec's heap block
    // - A copy of the number 18
    // - The address of readings' slot on the stack
    // = `&readings[0]` points at the element itself, in the heap block:
    // = {heap first}, the start of the Vec's buffer.
    // > `first` points into the heap block, at the element 18: {heap first}.
    let first = &readings[0];
    // ? number: What will the capacity of readings be after this push?
    // + {cap readings}
    // = The Vec was full, 4 of 4, so it doubles to {cap readings}. As in
    // = lesson 6, the String's block sits right after the old block, so the
    // = elements move to a new block and the old one is freed.
    // > Here rustc objects: `push` borrows `readings` mutably while `first`
    // > is in use. Allowed anyway, the Vec moves to {heap readings} and
    // > frees its old block; `first` still holds {heap first}.
    readings.push(22);
    // ? choice: A new String is allocated next. Where will its text go?
    // - After all the other blocks, in fresh memory
    // + Quite possibly into the block the Vec just freed, the one first points into
    // - Nowhere near the old block: freed memory is never handed out again
    // = Allocators reuse freed blocks of a fitting size as soon as they can:
    // = that is what keeps the heap small. Here the new text lands at
    // = {heap note}, the address `first` still holds.
    // > The allocator hands the freed block to `note`: its text now sits at
    // > {heap note}, exactly where `first` points ({heap first}). A read
    // > through `first` would not find 18 but bytes of "overwritten!".
    let note = String::from("overwritten!");
    // > This line prints only the address in `first`; printing `*first`
    // > would read someone else's bytes as an i32. That is why rustc refuses
    // > the program at the push.
    println!("{:p} {note} {unit}", first);
    // > `main` ends: `note`, `unit` and `readings` free their blocks, in
    // > reverse order of declaration. The Vec frees its new block; the old
    // > one was freed at the push and now belonged to `note`.
}

//~ Growing a Vec can move its elements, so a reference into a Vec is only
//~ valid until the Vec changes. rustc enforces this with the borrowing
//~ rule: many shared borrows or one mutable borrow, never both at once.
//~ `push` needs the mutable one, so it is refused while `first` is in use
//~ (E0502).
//~
//~ Fixes: use `first` before pushing (the borrow then ends in time), copy
//~ the value out (`let first = readings[0];`, an i32 is `Copy`), or keep an
//~ index instead of a reference.

//| error[E0502]: cannot borrow `readings` as mutable because it is also borrowed as immutable
//|   --> 12-invalidated-reference.rs:45:5
//|    |
//| 36 |     let first = &readings[0];
//|    |                  -------- immutable borrow occurs here
//| ...
//| 45 |     readings.push(22);
//|    |     ^^^^^^^^^^^^^^^^^ mutable borrow occurs here
//| ...
//| 60 |     println!("{:p} {note} {unit}", first);
//|    |                                    ----- immutable borrow later used here
