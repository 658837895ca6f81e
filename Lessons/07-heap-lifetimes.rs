//! title: Data that outlives its frame
//! summary: Heap data outlives the function that made it; moves copy the handle.
//!
//! A frame lives exactly as long as its call. When a function returns, its
//! frame is popped and every local in it is gone. So how can a function
//! build a value and give it to its caller?
//!
//! For a small value of known size the answer is to copy it into the
//! caller's frame. For a String, only its 24-byte handle is copied: the
//! text stays on the heap, in a block that lives until its owner frees
//! it, whichever frame that owner is in by then. This is the second reason
//! for the heap, after sizes known only at run time: lifetimes that do not
//! follow the calls.

// > `main`'s frame holds the String `title`, the Box `counter`, another
// > String `moved` and an i32 `copied`: {frame} bytes in memtutor's model.
fn main() {
    // ? choice: make_title builds its String in its own frame. Where will the text be once the call has returned?
    // - Gone: make_title's frame was popped, and the text with it
    // + In the same heap block, now owned by main's title
    // - In a copy that main made on the heap before the frame was popped
    // = The text never lived in the frame, only its handle did. Returning
    // = the String copies the 24-byte handle into `main`'s slot; the heap
    // = block stays where it is and changes owner.
    // >1 `main` calls `make_title`, which gets its own frame.
    // >2 `make_title` has returned and its frame is gone, but the text is
    // >2 still on the heap at {heap title}: the 24-byte handle was copied
    // >2 into `title` in main's frame, and `title` is the new owner.
    let title = make_title("rust");
    // > The text is read through `title`: length {len title}, capacity
    // > {cap title}.
    println!("{title}");
    // >1 `make_counter` puts an i32 in a box on the heap.
    // >2 The box came back as one 8-byte pointer in `counter`; the 4-byte
    // >2 value sits on the heap at {heap counter}.
    let counter = make_counter(41);
    // > `*counter` follows the pointer to the heap to read {value counter}.
    println!("{}", *counter + 1);
    // ? choice: What does this line copy?
    // + Only the 24-byte handle; the heap text stays where it is
    // - The handle and the 14 bytes of text, into a new heap block
    // - Nothing at all: title and moved are two names for one slot
    // = A move copies the value's own bytes, the 24-byte handle, into the
    // = new slot, and marks the old binding as moved so it is never used or
    // = dropped again. The heap block at {heap moved} now has one owner, `moved`.
    // > A move: the handle is copied from `title` to `moved`, both point at
    // > {heap moved}, and `title` is marked as moved. Using `title` now would
    // > not compile, and at the end of `main` only `moved` frees the block.
    let moved = title;
    println!("{moved}");
    // ? number: How many bytes of main's frame does copied take?
    // + {size copied}
    // = An i32 is 4 bytes and is `Copy`: `*counter` copies the number out of
    // = the box into a {size copied}-byte slot. The box keeps its own value.
    // > An i32 is `Copy`, so `*counter` copies the 4-byte value out of the
    // > box; `counter` is still usable and still owns its heap block.
    let copied = *counter;
    println!("{copied} and {}", *counter);
    // > `main` ends. `copied` needs no freeing, `moved` frees the text's
    // > block, `counter` frees the box, and `title` is skipped: it was moved.
}

fn make_title(topic: &str) -> String {
    // > `String::from` allocates a {cap title}-byte block for "All about ".
    let mut title = String::from("All about ");
    // ? number: What will the capacity of title be after this push_str?
    // + {cap title}
    // = 10 bytes are in use and 4 more are needed, 14 in all. The String
    // = grows to the larger of twice its capacity (20) and what it needs
    // = (14): {cap title}.
    // > `push_str` needs {len title} bytes in a {cap title before}-byte
    // > block, so the String grows: the new capacity is {cap title}, twice
    // > the old one.
    title.push_str(topic);
    // > Returning `title` moves it to the caller: its three words are copied
    // > out of this frame before the frame is popped. The heap block is not
    // > touched.
    title
    // > The frame of `make_title` is popped. `title` is not dropped here,
    // > because it was moved out: the heap block keeps its text.
}

fn make_counter(start: i32) -> Box<i32> {
    // > `Box::new` asks for {block boxed} bytes on the heap, the size of one
    // > i32, and stores {value boxed} there. `boxed` itself is an 8-byte pointer.
    let boxed = Box::new(start);
    // > Returning the box moves the 8-byte pointer out of this frame.
    boxed
    // > The frame is popped; the heap block of the box lives on.
}

//~ A frame disappears when its function returns, but a heap block lives
//~ until its owner frees it. Returning a String or a Box moves the owner
//~ out of the dying frame: only the handle is copied, the heap data stays
//~ put, and the caller becomes responsible for freeing it.
//~
//~ Moves copy the handle and retire the old name; `Copy` types such as i32
//~ copy their whole value and leave the old name usable. Either way, every
//~ heap block has exactly one owner, which frees it at the end of its scope.
