//! title: Returning a reference to a local
//! summary: rustc rejects returning a reference into a dying frame (E0515).
//! expect-error: E0515
//!
//! A function's locals live in its frame, and the frame is popped when the
//! function returns. A pointer into that frame, handed back to the caller,
//! would point at stack memory that the very next call will overwrite.
//! C compilers only warn about it; in Rust it is error E0515.
//!
//! Here `longer_label` builds a new String in a local variable and tries
//! to return a reference to it. The fix is one character shorter than the
//! bug: return the String itself, and ownership moves to the caller, as
//! lesson 7 showed.

// > `main` starts; its frame has slots for `base` and `label`.
fn main() {
    // > `base` owns a {block base}-byte heap block.
    let base = String::from("draft");
    // ? choice: Where does the String that extended refers to live?
    // + Its handle is in longer_label's frame and its text on the heap
    // - In main's frame, because main will use it
    // - In read-only data, like a literal
    // = `extended` is a local of `longer_label`: its 24-byte handle lives in
    // = that function's frame, and `format!` put the text in a new heap block.
    // >1 `main` calls `longer_label` with a reference to `base`.
    // >2 In this what-if run, `label` holds an address inside the popped
    // >2 frame of `longer_label`. The String that was there has been dropped
    // >2 and its heap block freed.
    let label = longer_label(&base);
    // > This prints only the address in `label`, {heap label}, inside the
    // > popped frame. A read through it would find whatever the next call
    // > put there.
    println!("{:p}", label);
    // > `main` ends: `base` frees its heap block. `label` is only a
    // > reference, so dropping it frees nothing.
}

fn longer_label(base: &String) -> &String {
    // ? number: How many bytes is the heap block that format! allocates here?
    // + {block extended}
    // = The format string starts with an argument and its literal part is
    // = short, so `format!` starts from an empty String. Writing "draft"
    // = makes the first allocation, which for bytes is at least 8; " v2"
    // = then fits. "draft v2" is 8 bytes and the block is {block extended}.
    // > `format!` builds a new String of length {len extended}, capacity
    // > {cap extended}, owned by the local `extended`.
    let extended = format!("{base} v2");
    // ? choice: What happens to extended when this function returns?
    // + It is dropped: its heap block is freed and its slot is popped with the frame
    // - It moves to the caller, because a reference to it is returned
    // - It stays alive as long as the returned reference is used
    // = Returning a reference does not move anything. `extended` still
    // = belongs to this frame, so it is dropped when the function ends, and
    // = the reference would point at it. That is exactly what E0515 forbids.
    // > This is where rustc objects: the returned reference points into this
    // > frame, at the slot of `extended`, which is about to be dropped.
    &extended
    // > The function ends: `extended` is dropped, which frees its heap
    // > block, and the frame is popped. The address just returned points
    // > into the popped frame.
}

//~ A reference into a function's own frame cannot leave the function: the
//~ frame is popped on return and its locals are dropped. rustc reports
//~ E0515 for any attempt to return such a reference.
//~
//~ Return owned data instead (`-> String`, returning `extended`): the
//~ handle is moved to the caller and the heap text goes with it, with no
//~ copy of the text and nothing left dangling.

//| error[E0515]: cannot return reference to local variable `extended`
//|   --> 11-returning-a-local-reference.rs:57:5
//|    |
//| 57 |     &extended
//|    |     ^^^^^^^^^ returns a reference to data owned by the current function
