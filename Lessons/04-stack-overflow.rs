//! title: Stack overflow: a huge local
//! summary: A frame too big for the stack ends the program at the call.
//!
//! Reserving stack space costs almost nothing: the stack pointer moves down
//! by the frame's size, and moves back up on return. No system call, no
//! search for a free block. So why not put everything on the stack?
//!
//! Because the stack is small and its size is fixed when the thread starts.
//! On Linux the main thread gets 8 MiB (the usual `ulimit -s` of 8192 KiB);
//! threads that Rust spawns get 2 MiB. A frame that would reach past the
//! end is a stack overflow, and Rust stops the program.
//!
//! This lesson runs with memtutor's default stack of 8 MiB, the same as the
//! real main thread, so the program below fails exactly as the compiled one
//! does.

// > `main`'s frame is {frame} bytes in memtutor's model: the array `small`,
// > the return address and the temporaries of a debug build. The 4 KiB
// > above it were in use before `main` began: {stack} + 4,096 of the
// > {limit} bytes.
fn main() {
    // ? number: How many bytes of main's frame does the array small take?
    // + {size small}
    // = An array's elements sit side by side in the variable itself, with
    // = no pointer to anything: 1024 elements of 1 byte each make
    // = {size small} bytes, all of them in the frame.
    // > All 1024 bytes are written into the frame at {addr small}. A
    // > fixed-size array needs no heap: the compiler knows its size.
    let small = [0u8; 1024];
    // ? number: How many bytes will the frame of fill_buffer need in memtutor's model?
    // + {frame fill_buffer}
    // = 16 × 1024 × 1024 = 16,777,216 bytes for the array, plus a few dozen
    // = for the return address and the temporaries of `println!`:
    // = {frame fill_buffer} bytes, about twice the whole stack.
    // > `small.len()` is known from the type; printing it touches no memory
    // > beyond the frame.
    println!("a {}-byte array fits easily", small.len());
    // ? choice: What will happen when main calls fill_buffer on the next line?
    // - The 16 MiB array is quietly placed on the heap instead
    // - The operating system enlarges the stack to fit
    // + The program aborts with a stack overflow before fill_buffer's first line runs
    // - fill_buffer runs, and the overflow happens when the array is read
    // = The frame of `fill_buffer` holds a 16 MiB array, twice the whole
    // = 8 MiB stack. The frame is reserved all at once when the function is
    // = entered, so the overflow happens at the call, before any of its lines.
    // > `fill_buffer` needs a frame of {frame fill_buffer} bytes; the whole
    // > stack is {limit}. Rust prints its overflow message on stderr and
    // > aborts: exit status {exit}, which is 128 + 6 (SIGABRT).
    fill_buffer();
    println!("this line never runs");
}

fn fill_buffer() {
    let buffer = [7u8; 16 * 1024 * 1024];
    println!("first byte {}", buffer[0]);
}

//~ Stack space is cheap but limited: 8 MiB for the main thread on Linux,
//~ 2 MiB for a spawned thread. A local that does not fit overflows the
//~ stack as soon as its function is entered; compiled with rustc, this
//~ program fails that way in debug and in release builds.
//~
//~ The number in `thread 'main' (…)` is the thread id, which for the main
//~ thread is the process id: it differs on every run.
//~
//~ Large or growing data belongs on the heap: `vec![7u8; 16 * 1024 * 1024]`
//~ keeps only 24 bytes on the stack and works. (`Box::new([7u8; N])` can
//~ still overflow in a debug build, which builds the array on the stack
//~ before moving it.)
