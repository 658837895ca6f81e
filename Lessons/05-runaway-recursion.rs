//! title: Stack overflow: endless calls
//! summary: Every call adds a frame; recursion without end runs out of stack.
//! stack: 16KiB
//!
//! The other classic way to overflow the stack is a recursive function
//! that never reaches its base case. Each call pushes one more frame, and
//! none of them is popped, because none of the calls returns.
//!
//! `descend` below checks for `level == 0`, but it counts up from 1, so the
//! check never succeeds. (rustc warns about a function that calls itself
//! unconditionally; this one has a condition, so it compiles silently.)
//!
//! To keep the lesson short, memtutor gives this program a stack of only
//! 16 KiB, so it overflows after a few hundred calls. The real program, on
//! the real 8 MiB stack, goes far deeper but ends with the same message.

// > `main` starts with a {frame}-byte frame. Above it, about 4 KiB of the
// > stack are already taken by the program's arguments, its environment and
// > the runtime's own frames, so not all of the {limit} bytes are free.
fn main() {
    // > Nothing on the stack yet but `main`'s own frame, {frame} bytes.
    println!("going down...");
    // >1 `main` calls `descend(1)`: a second frame is pushed below its own.
    let depth = descend(1);
    println!("came back from {depth} calls");
}

fn descend(level: u64) -> u64 {
    // ?1 number: How many bytes does one frame of descend take in memtutor's model?
    // + {frame}
    // = One u64 parameter (8 bytes), the return address (8), and the slots
    // = a debug build gives its temporaries: `level + 1`, the sum with 1 and
    // = the returned value (8 each) make 40, rounded up to a multiple of 16:
    // = {frame} bytes, as rustc 1.95 compiles this function.
    // >1 The first `descend` frame: {frame} bytes, holding `level` = {value level}.
    // >2 Second call: `level` = {value level}, {frames} frames on the stack.
    // >3 Third call. Every frame has the same size; the stack grows by
    // >3 {frame} bytes per call and is now {stack} bytes deep.
    // >4.. Call number {value level}: {frames} frames, {stack} bytes of stack.
    if level == 0 {
        return 0;
    }
    // ?3 number: How many frames will be on the stack after this call is made?
    // + {frames}
    // = `main` plus one frame for each `descend` call that has not returned,
    // = and none has: {frames} frames in all.
    // ?last choice: The stack now holds {frames before} frames. What happens at this call?
    // - The stack grows past its limit and keeps going
    // - Rust frees the oldest frames to make room
    // + The next frame does not fit, so Rust reports a stack overflow and aborts
    // - The call fails with an error that descend could handle
    // = The next frame would reach past the end of the stack. Rust has no way
    // = to recover from that: it prints "has overflowed its stack" on stderr
    // = and aborts the process, exit status {exit}. Nothing unwinds and no
    // = destructors run.
    // >1 `level + 1` is 2, so `descend` calls itself again.
    // >2..-1 Another call, another {frame descend}-byte frame: nothing is
    // >2..-1 ever popped, because no call returns.
    // >last The next {frame descend}-byte frame does not fit: {frames}
    // >last frames use {stack} bytes, and about 4 KiB above `main` were
    // >last taken before it started. Rust aborts with status {exit}.
    descend(level + 1) + 1
}

//~ Each call pushes a frame and only a return pops it. A recursion without
//~ a reachable base case pushes frames until the stack is full, then Rust
//~ aborts with "thread 'main' has overflowed its stack".
//~
//~ How deep a program can go is the stack size divided by the frame size:
//~ about 8 MiB / 48 bytes ≈ 174,000 calls for `descend` in a debug build. A
//~ 2 MiB spawned thread gets a quarter of that. Deep but bounded work can be
//~ rewritten as a loop, or can keep its pending items in a Vec on the heap.
