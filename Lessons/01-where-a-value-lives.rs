//! title: Where a value lives
//! summary: One line of Rust uses read-only data, the heap and the stack.
//!
//! Every value in a running program sits somewhere in memory, and even a
//! single line can involve three different places. This lesson follows one
//! line, `let greeting = "good morning".to_string();`, and watches where
//! each byte ends up.
//!
//! - Read-only data (`.rodata`): the compiler writes the literal's bytes into
//! the executable, and they get a fixed address when the program is loaded.
//! - The heap: memory the program asks the allocator for while it runs.
//! - The stack: one frame per running function, holding its local variables.
//!
//! Addresses on screen are memtutor's model of an x86-64 Linux process; the
//! sizes, lengths and capacities are the ones real Rust gives.

use std::mem::size_of;

// > `main` gets a stack frame of {frame} bytes (memtutor's model) with an
// > empty slot for `greeting`. The literal "good morning" is already in
// > `.rodata`, placed there by the compiler.
fn main() {
    // ? choice: Once this line has run, where are the bytes of "good morning"?
    // - Only in .rodata: `greeting` points straight at the literal
    // + In .rodata and, as a copy, in a block on the heap
    // - Inside main's stack frame, in the slot of `greeting`
    // - Only on the heap: the literal is moved out of .rodata
    // = `to_string` builds an owned String: it asks the allocator for a heap
    // = block and copies the literal's bytes into it. The literal itself stays
    // = in read-only data, unchanged, for as long as the program runs.
    // > One text, three places at once: the literal in `.rodata`, its
    // > copy in a {block greeting}-byte heap block at {heap greeting},
    // > and `greeting` on the stack: pointer, length {len greeting},
    // > capacity {cap greeting}.
    let greeting = "good morning".to_string();
    // > Printing reads the text through the pointer: from the slot on the
    // > stack to the block on the heap. Nothing is allocated or freed.
    println!("{greeting}");
    // > The length, {len greeting}, is read from the length word of the
    // > String on the stack: the bytes in use. Nothing on the heap is counted.
    println!("length {}", greeting.len());
    // ? number: What capacity will this line print for `greeting`?
    // + {cap greeting}
    // = `to_string` asks for exactly the bytes it needs, so the capacity
    // = equals the length: {cap greeting}. Room to grow comes later, when a
    // = String or a Vec actually grows.
    // > The capacity counts the bytes the block can hold before it must
    // > grow: {cap greeting}, the same as the length here.
    println!("capacity {}", greeting.capacity());
    // ? number: How many bytes will size_of::<String>() report?
    // + {size greeting}
    // = Any String, empty or a megabyte long, is the same three words on the
    // = stack: pointer, length and capacity, 8 bytes each, {size greeting} in all.
    // = Only the heap block changes size.
    // > `size_of` is worked out by the compiler: a String is always
    // > {size greeting} bytes, whatever its text. That fixed size is what lets
    // > it live in a stack frame.
    println!("a String is {} bytes", size_of::<String>());
    // ? choice: What happens to the heap block at this closing brace?
    // + It is freed right here, when `greeting` goes out of scope
    // - A garbage collector frees it some time later
    // - It stays allocated until the process exits
    // - It is copied back into .rodata
    // = `greeting` owns the block. When its scope ends, Rust drops it, and
    // = dropping a String hands its block back to the allocator. No collector
    // = is involved: the compiler put the free at the closing brace.
    // > The scope of `greeting` ends, so the String is dropped and its heap
    // > block is freed. Then `main` returns and its frame is popped. The
    // > literal stays in `.rodata` until the process exits.
}

//~ One line used all three regions: the literal in read-only data, a heap
//~ block holding a copy of its 12 bytes, and a 24-byte String on the stack
//~ that points at the block and records its length and capacity.
//~
//~ memtutor lists a String's three words as pointer, length, capacity, the
//~ order most explanations use. rustc 1.95 happens to store them as
//~ capacity, pointer, length: a private choice of the compiler that may
//~ change. The size is 24 bytes either way.
//~
//~ The stack part has a size the compiler knows; the heap part has a size
//~ only known at run time. The next lessons explain why that difference
//~ decides where a value lives.
