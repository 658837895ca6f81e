//! title: Review: stack or heap?
//! summary: The rules of thumb, and a quiz over the whole course.
//!
//! Two questions decide where a value lives.
//!
//! - Is its size known when the program is compiled, and fixed for good?
//! - Does it live exactly as long as the call that creates it?
//!
//! If both answers are yes, the value can live on the stack, in its
//! function's frame: reserved and released by moving the stack pointer,
//! with no bookkeeping. If either answer is no (a size known only at run
//! time, a size that changes, or a lifetime that outlasts the call), the
//! data goes on the heap, and a handle of fixed size stays on the stack.
//!
//! This last program uses a bit of everything. Answer the questions as it
//! runs.

// > The last program. `main`'s frame is {frame} bytes in memtutor's model,
// > with a slot for each of its five locals.
fn main() {
    // ? choice: year is a u32 that is never moved or returned. Where does it live?
    // + In main's frame on the stack
    // - On the heap, because it is a variable
    // - In read-only data, because it never changes
    // = Its size is known (4 bytes) and it lives exactly as long as `main`'s
    // = call: the frame is the natural place. Integers are not stored on the
    // = stack because they are "primitive", but because of those two facts.
    // > A u32 in `main`'s frame, {size year} bytes at {addr year}.
    let year: u32 = 2025;
    // ? number: How many bytes of main's frame does city take?
    // + {size city}
    // = Pointer, length and capacity, 8 bytes each: {size city}. The 6 bytes
    // = of "Lisbon" are in a heap block of their own.
    // > `city`: a {size city}-byte handle on the stack, the text in a
    // > {block city}-byte block on the heap.
    let city = String::from("Lisbon");
    // > An empty Vec: 24 bytes on the stack, no heap block yet.
    let mut visits = Vec::new();
    // ? number: What will the capacity of visits be after this push?
    // + {cap visits}
    // = The first push allocates room for 4 elements of 4 bytes or less, so
    // = the capacity is {cap visits} though the length is {len visits}.
    // > The first push allocates {block visits} bytes: capacity
    // > {cap visits}, length {len visits}.
    visits.push(year);
    // >1 A call: `byte_count` gets a frame below `main`'s.
    // >2 The call returned {value size} and its frame was popped.
    let size = byte_count(&city);
    // ? choice: What does Box::new(year) put on the heap?
    // + A copy of the 4-byte number, with an 8-byte pointer to it left on the stack
    // - The whole u32 variable year, which is moved out of the frame
    // - Nothing: small values in a Box stay on the stack
    // = `Box::new` always allocates a block the size of its value (here 4
    // = bytes) and keeps only a pointer on the stack. A u32 is `Copy`, so
    // = `year` itself stays usable.
    // > `pinned` is an 8-byte pointer to a {block pinned}-byte heap block
    // > holding {value pinned}.
    let pinned = Box::new(year);
    println!("{city}: {size} bytes, box {}", *pinned);
    println!("visits: {}", visits.len());
    // ? choice: In which order are the values of main dropped at this brace?
    // - In the order they were declared: year, city, visits, size, pinned
    // + In reverse order of declaration: pinned, size, visits, city, year
    // - All at once, when a collector next runs
    // = Locals are dropped in the reverse order of their declarations, so a
    // = value declared later, which may borrow an earlier one, always goes
    // = first. Only the three that own heap blocks free anything.
    // > `main` ends: `pinned` frees the box, `visits` its buffer and `city`
    // > its text, in reverse order of declaration. Nothing leaks, and no
    // > collector ever ran.
}

fn byte_count(name: &String) -> usize {
    // ? number: How many frames are on the stack while byte_count runs?
    // + {frames}
    // = `main` and `byte_count`: {frames}. The reference `name` is one
    // = address, {size name} bytes, in the new frame.
    // > `name` is a reference: one address, {size name} bytes, pointing at
    // > `city`'s slot in main's frame. Borrowing copies nothing else.
    let count = name.len();
    // > The result goes back to `main`.
    count
    // > The frame of `byte_count` is popped. `name` was only a borrow, so
    // > nothing is freed: `city` still owns its text.
}

//~ Stack: sizes known at compile time and lifetimes that match a call.
//~ Reserving is a move of the stack pointer; freeing is automatic at
//~ return. Its limits: a few MiB in all, and nothing outlives its frame.
//~
//~ Heap: any size, decided at run time, for as long as needed. Its costs:
//~ a call to the allocator for each block, and someone must free each block
//~ exactly once. Manual freeing risks leaks and use-after-free; a tracing
//~ GC frees late and may pause; reference counting pays on every copy.
//~
//~ Rust gives each heap block one owner, frees it when the owner's scope
//~ ends, and checks at compile time that no reference outlives what it
//~ points to. `Rc` adds counting where sharing is really needed.
