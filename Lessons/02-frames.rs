//! title: Frames on the stack
//! summary: Each call pushes a frame of fixed size; each return pops it.
//!
//! The stack is where a running program keeps the state of its function
//! calls. Each call gets a contiguous block of the stack, its frame, which
//! holds the function's parameters and local variables, plus what the CPU
//! needs to resume the caller: the return address. A debug build also
//! gives many temporaries a slot of their own in the frame.
//!
//! On x86-64 Linux the stack grows toward lower addresses: `main` sits at
//! the top, and each call places its frame below the caller's. A return
//! pops the frame by moving the stack pointer back up; nothing is copied
//! and nothing is searched, which is why the stack is so fast.
//!
//! Here `main` calls `total_price`, which calls `discount_on`.

// > `main`'s frame: {frame} bytes in memtutor's model of a debug build:
// > `tickets` and `cost` (8 bytes each), 8 for the return address, and
// > slots for the temporaries `println!` builds. Its size is fixed before
// > `main` starts.
fn main() {
    // > The number 3 goes straight into the slot of `tickets` at
    // > {addr tickets}. A u64 has a fixed size, so it can live in the frame.
    let tickets: u64 = 3;
    // ? number: How many bytes will the frame of total_price take in memtutor's model?
    // + {frame total_price}
    // = Four u64 values (count, each, full, discount) make 32 bytes, 8 more
    // = hold the return address, and a debug build keeps the result of
    // = `full - discount` in a slot too: {frame total_price} bytes, a
    // = multiple of 16 as the ABI wants.
    // = The compiler knows all of it before the call, so the whole frame is
    // = reserved in one step when the function starts.
    // >1 Calling `total_price` pushes a {frame}-byte frame below main's.
    // >1 The arguments land in `count` and `each`; the frame also keeps the
    // >1 return address. {frames} frames, {stack} bytes.
    // >2 `total_price` returned {value cost}; its frame is gone and the
    // >2 result sits in `cost`. Back to {frames} frame, {stack} bytes.
    let cost = total_price(tickets, 250);
    // > Printing reads two stack slots. `println!` runs code from the
    // > standard library, whose frames memtutor leaves out.
    println!("{tickets} tickets cost {cost} cents");
    // > `main` ends: its frame is popped and the stack is empty again.
}

fn total_price(count: u64, each: u64) -> u64 {
    // > `count * each` is {value full}, stored in this frame's `full` slot.
    let full = count * each;
    // ? number: How many frames will be on the stack while discount_on runs?
    // + {frames}
    // = main called total_price, which calls discount_on: {frames} frames,
    // = each below its caller. Every call that has not returned yet still
    // = has its frame on the stack.
    // >1 A third frame: `discount_on` gets {frame} bytes for `amount`,
    // >1 `percent`, the return address and the product `amount * percent`.
    // >1 {frames} frames now use {stack} bytes of stack.
    // >2 Back in `total_price`: the result, {value discount}, is stored in
    // >2 `discount`. Two frames again, {stack} bytes.
    let discount = discount_on(full);
    // ? choice: discount_on has returned. What happened to the bytes of its frame?
    // - They were set to zero, so no secret is left behind
    // - They went back to the allocator, like a freed heap block
    // + Nothing: the stack pointer moved back up, and the next call will reuse them
    // = Popping a frame is a single change to the stack pointer. The old
    // = bytes stay where they were until another call's frame overwrites
    // = them, which is why returning is so cheap, and why a pointer into a
    // = returned frame would be so dangerous.
    // > The last expression is the return value: {value full} minus
    // > {value discount}.
    full - discount
    // > The closing brace pops the {frame total_price}-byte frame of
    // > `total_price`; the result goes back to `main`. {frames} frame left.
}

fn discount_on(amount: u64) -> u64 {
    // ? number: How many bytes of stack are in use while discount_on runs?
    // + {stack}
    // = Add up the three frames: main {frame main}, total_price
    // = {frame total_price} and discount_on {frame discount_on}, which makes
    // = {stack} bytes in memtutor's model.
    // > `percent` is a local of `discount_on`, so it lives in this frame,
    // > at {addr percent}, the lowest address on the stack so far.
    let percent: u64 = 10;
    // > 10 % of {value amount} is the value handed back to the caller.
    amount * percent / 100
    // > `discount_on` is done: its frame is popped, simply by moving the
    // > stack pointer back up by {frame discount_on} bytes. {frames} frames
    // > remain.
}

//~ A frame is pushed when a function is called and popped when it
//~ returns, in strict last-in, first-out order. Its size is decided by the
//~ compiler, from the sizes of the parameters and locals, before the
//~ function ever runs.
//~
//~ memtutor's model counts parameters and locals plus 16 bytes. Real debug
//~ builds are bigger because every temporary gets a slot: a one-parameter
//~ recursive function measured 48 bytes per call with rustc 1.95, where
//~ this model counts 32.
