//! title: The heap and growth
//! summary: A Vec reserves room; when full, it moves to a block twice as big.
//!
//! Data whose size changes while the program runs cannot live in a frame,
//! whose size is fixed. A `Vec` keeps three words on the stack (pointer,
//! length, capacity) and its elements in a heap block.
//!
//! Asking the allocator for memory is much slower than moving the stack
//! pointer: `malloc` has to find a free block, and now and then ask the
//! operating system for more memory with a system call. Growing one element
//! at a time would mean a new block, a copy and a free on every push. So a
//! Vec asks for more than it needs, and doubles its capacity when it is full.
//!
//! The rule in today's Rust: the first allocation holds 4 elements (8 for
//! one-byte elements, 1 for elements over 1 KiB), and after that the new
//! capacity is the larger of twice the old one and what is needed.

// > `main`'s frame has a slot for each of its locals: `nums`, `label` and
// > `plan` (24 bytes each) and the loop counter `n`. That makes {frame}
// > bytes in memtutor's model, reserved before any of them holds a value.
fn main() {
    // > `Vec::new()` allocates nothing: `nums` is {size nums} bytes on
    // > the stack with length {len nums} and capacity {cap nums}. Its
    // > pointer holds a placeholder address that is never read.
    let mut nums = Vec::new();
    // ? number: What will the capacity of nums be after this first push?
    // + {cap nums}
    // = The first allocation reserves room for 4 elements of this size
    // = (i32, 4 bytes each): capacity {cap nums}, a {block nums}-byte block,
    // = although only one element is in use.
    // > The first push allocates a {block nums}-byte heap block at
    // > {heap nums} with room for {cap nums} i32 values, and writes one.
    nums.push(10);
    // > Room was reserved, so this push only writes the element and bumps
    // > the length to {len nums}. No allocation at all.
    nums.push(20);
    // > Length {len nums}, capacity {cap nums}: half of the block is
    // > spare room, reserved for pushes to come.
    println!("len {} cap {}", nums.len(), nums.capacity());
    // > Third element, still in the same block.
    nums.push(30);
    // > Fourth: the block is now full, {len nums} of {cap nums}.
    nums.push(40);
    // ? choice: The Vec's block is full, and label's block will sit right after it. What must the next push do?
    // - Write the fifth element just past the end of the block
    // - Stretch the block over label's bytes
    // + Get a new, bigger block, copy the four elements into it, free the old one
    // - Fail with an error, because the block is full
    // = A block cannot grow over memory that belongs to another block. So
    // = `realloc` finds a bigger free block elsewhere, copies the elements,
    // = and frees the old block. When the space right after a block is free,
    // = an allocator can grow it in place instead, with no copy.
    // > A String is allocated. Its 6-byte block lands right after the Vec's
    // > block on the heap, at {heap label}, so that block has no free space
    // > after it any more.
    let label = String::from("scores");
    // ? number: What will the capacity of nums be after this push?
    // + {cap nums}
    // = The Vec is full (4 of 4), so it grows to twice its capacity:
    // = {cap nums}. Doubling keeps the number of reallocations small: n
    // = pushes cause only about log₂ n of them.
    // > Full, so the Vec grew to capacity {cap nums}: a new
    // > {block nums}-byte block at {heap nums}, the four elements copied
    // > over, the old block at {heap nums before} freed, then 50 written.
    nums.push(50);
    // > Length {len nums}, capacity {cap nums}: three free slots for the
    // > next pushes.
    println!("len {} cap {}", nums.len(), nums.capacity());
    // > The String is read through its pointer; it has nothing to do with
    // > the Vec except where its block happens to lie.
    println!("{label}");
    // ? number: What capacity will plan have as soon as it is created?
    // + {cap plan}
    // = `with_capacity(5)` asks for exactly 5 elements at once: capacity
    // = {cap plan}, in one {block plan}-byte block, before any push.
    // > When the final size is known, `with_capacity` allocates it in one go:
    // > capacity {cap plan}, length {len plan}.
    let mut plan = Vec::with_capacity(5);
    // >1 The loop counter `n` has its own slot in the frame; each round
    // >1 writes the next number of the range into it.
    for n in 1..=5 {
        // > Push number {len plan}: no reallocation, the room is already
        // > there. Capacity stays {cap plan}.
        plan.push(n * 10);
    }
    // > Five pushes, one allocation: length {len plan}, capacity
    // > {cap plan}.
    println!("len {} cap {}", plan.len(), plan.capacity());
    // > The end of `main`: `plan`, `label` and `nums` are dropped, in the
    // > reverse order of their declarations, and each frees its heap block.
}

//~ A Vec keeps its elements in one heap block and reserves spare room, so
//~ most pushes are a write and nothing more. When the block is full, the
//~ capacity doubles (here 0 → 4 → 8): a bigger block, a copy of the old
//~ elements, and a free of the old block. An allocator may sometimes grow
//~ the block in place instead, when the memory after it is free.
//~
//~ When the final length is known in advance, `Vec::with_capacity` makes a
//~ single allocation and no copies. Keep this lesson's reallocation in mind
//~ for lesson 12: a reference into the old block would point at freed
//~ memory.
