//! title: Sizes known at compile time
//! summary: One frame layout for every call; text of any length goes to the heap.
//!
//! The compiler lays out each function's frame once, before the program
//! runs, so it must know how many bytes every parameter and local takes.
//! But a name typed by a user, or read from a file, can be any length.
//!
//! Rust's answer: the frame holds only a fixed-size handle, and the text
//! itself goes to the heap, where a block of any size can be requested
//! while the program runs. Here `greet` is called twice, with names of
//! different lengths. Watch which numbers change between the two calls
//! and which stay the same.

// > `main` has no variables of its own; its {frame}-byte frame holds
// > only the return address, rounded up to 16 (in memtutor's model).
fn main() {
    // >1 The first call. The temporary String for "Bartholomew" is built
    // >1 on the heap, then moved into the parameter `name` of `greet`'s new
    // >1 frame.
    // >2 Back in `main`: `greet` took ownership of the String and dropped
    // >2 it when it returned, so its heap block is already free.
    greet("Bartholomew".to_string());
    // >1 The second call, with a much shorter name. Its String needs a
    // >1 heap block of only 3 bytes.
    // >2 Both calls are done; each freed its own heap block.
    greet("Ida".to_string());
    // > `main` returns. Nothing is left on the heap: every block was freed
    // > by the call that owned it.
}

fn greet(name: String) {
    // ? choice: Could the compiler have placed the text "Bartholomew" itself in greet's frame?
    // - Yes: the compiler can see the literal, so it knows this call needs 11 bytes
    // + No: greet has one frame layout for every call, and other names have other lengths
    // - Yes, if the name were shorter than 24 bytes
    // = `greet` is compiled once, and its frame layout has to fit every
    // = caller, with any name. Only a handle of known size fits that rule:
    // = pointer, length and capacity. The text goes to the heap.
    // >1 Inside `greet` (a {frame}-byte frame in the model): `name` is a
    // >1 {size name}-byte handle pointing to a heap block of {block name}
    // >1 bytes at {heap name}.
    // >2 The second call gets the same {frame}-byte frame, and `name` is
    // >2 again {size name} bytes. Only the heap block differs: this time it
    // >2 is {block name} bytes, at {heap name}.
    // ?2 number: In this second call, how many bytes does the parameter name take in greet's frame?
    // + {size name}
    // = Exactly as in the first call: {size name} bytes. A String's slot is
    // = three words whatever the length of its text; the text's bytes are
    // = counted in the heap block, not in the frame.
    let letters = name.len();
    // ?2 number: How many bytes is the heap block behind name in this second call?
    // + {block name}
    // = "Ida" is 3 bytes of UTF-8, and `to_string` asks for exactly the
    // = bytes it needs, so the block holds {block name} bytes.
    // > `letters` ({value letters}) is read from the length word of the
    // > String on the stack; nothing on the heap is counted.
    println!("Hello, {name}! ({letters} letters)");
    // ? choice: What happens at this closing brace, at the end of the first call?
    // + name is dropped, which frees its heap block, then the frame is popped
    // - The frame is popped, and the heap block stays for main to free
    // - Nothing is freed until the program ends
    // = `greet` owns `name`: main moved the String into it. When the owner's
    // = scope ends, the value is dropped, so every call frees its own block
    // = before its frame disappears.
    // > `name` goes out of scope: the String is dropped and its heap block
    // > is freed. Then `greet`'s frame is popped.
}

//~ The frame of `greet` is identical for both calls: the compiler fixed it
//~ before the program ran. The parameter is always a 24-byte String, three
//~ words that point to the text. The text itself, 11 bytes or 3, lives on
//~ the heap, because only the heap can hand out a block whose size is
//~ known at run time.
//~
//~ A rule of thumb follows: what has a size known at compile time can live
//~ on the stack; what grows, or has a size known only at run time, lives on
//~ the heap behind a handle of fixed size.
