//! title: A reference outliving its value
//! summary: rustc rejects a reference to a value already dropped (E0597).
//! expect-error: E0597
//!
//! A use-after-free needs two things: a block that has been freed, and a
//! pointer to it that is still used. In C that is easy to write by
//! accident. In Rust, every reference carries a lifetime, and the borrow
//! checker proves at compile time that no reference is used after the value
//! it points at is gone.
//!
//! memtutor can still play the program, to show what the reference would
//! point at if Rust let it through.

// > `main`'s frame has slots for `shortest` and, inside the inner block,
// > `word`: {frame} bytes in memtutor's model, all reserved at once.
fn main() {
    // > `shortest` gets an 8-byte slot in `main`'s frame, left uninitialised
    // > for now.
    let shortest: &String;
    {
        // ? choice: This inner block declares word. When will its heap block be freed?
        // + At the inner block's closing brace, when word goes out of scope
        // - At the end of main, when the whole frame is popped
        // - When shortest, which borrows it, is last used
        // = A value is dropped at the end of the block that declares it,
        // = whoever still borrows it. A borrow does not keep a value alive;
        // = that is why rustc has to check that no borrow outlives its value.
        // > `word` owns a 9-byte heap block holding "ephemeral".
        let word = String::from("ephemeral");
        // ? choice: What does shortest hold after this line?
        // + The address of word's slot on the stack
        // - The address of the heap block with the text
        // - A copy of the String's three words
        // = `&word` is the address of the String itself, its 24-byte handle
        // = in the frame. Reading through it means going to the slot, then
        // = following the slot's pointer to the heap.
        // > `shortest` now holds {heap shortest}, the address of `word`'s slot
        // > in the frame: a reference is just an address, {size shortest} bytes.
        // >
        // > This is the line rustc points at.
        shortest = &word;
        // > The inner block ends: `word` is dropped and its heap block freed,
        // > while `shortest` still holds the address of its slot. rustc's
        // > report marks this brace: "`word` dropped here while still borrowed".
    }
    // ? choice: If Rust accepted the program, what would a read through shortest find?
    // - "ephemeral", safely, because shortest keeps word alive
    // + A dead String whose pointer leads to a freed heap block
    // - Nothing: the reference would be set to null automatically
    // = Nothing keeps `word` alive: it was dropped at the inner brace. The
    // = slot still holds its old pointer, and that pointer leads to a block
    // = the allocator may already have handed to someone else. Reading it is
    // = a use-after-free, the bug that E0597 rules out.
    // > This prints only the address in `shortest`, {heap shortest}. A read
    // > through it would follow a dropped String's pointer into a freed
    // > heap block.
    println!("{:p}", shortest);
    // > `main` ends and its frame is popped. The what-if run is over; the
    // > real compiler never let it start.
}

//~ A reference must never outlive the value it points to. rustc checks
//~ this at compile time: it knows where every value is dropped (at the end
//~ of its scope) and where every reference is last used, and reports E0597
//~ when the use comes later.
//~
//~ The fix is to make the value live long enough (declare `word` in the
//~ outer block), or to give `shortest` a value of its own (`word.clone()`),
//~ which costs an allocation but owes nothing to anyone.

//| error[E0597]: `word` does not live long enough
//|   --> 09-dangling-reference.rs:41:20
//|    |
//| 29 |         let word = String::from("ephemeral");
//|    |             ---- binding `word` declared here
//| ...
//| 41 |         shortest = &word;
//|    |                    ^^^^^ borrowed value does not live long enough
//| ...
//| 45 |     }
//|    |     - `word` dropped here while still borrowed
//| ...
//| 57 |     println!("{:p}", shortest);
//|    |                      -------- borrow later used here
