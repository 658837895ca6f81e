//! title: Leaks are still possible
//! summary: Rust frees for you, yet safe code can leak: leak, forget, Rc cycles.
//!
//! Managing the heap by hand goes wrong in a few classic ways. Forget to
//! free a block and it leaks: a long-running program that leaks keeps
//! growing until the operating system runs out of memory and kills it. Free
//! a block too early and whatever still points at it now points at memory
//! that may hold something else: a use-after-free. Read or write past the
//! end of a block and you corrupt a neighbour. Use-after-free and
//! out-of-bounds accesses are among the most common causes of security
//! bugs in C and C++ programs.
//!
//! Rust's ownership rules take away use-after-free and double frees, and
//! indexing is bounds-checked. Leaks are different: Rust counts a leak as
//! memory-safe, because nothing can read freed memory through it. Safe Rust
//! offers ways to leak deliberately, and reference counting can leak by
//! accident. This lesson shows four of them; the following lessons show
//! how the compiler stops the dangerous mistakes.

use std::cell::RefCell;
use std::rc::Rc;

// A node that may own the next node, set later.
struct Node {
    next: RefCell<Option<Rc<Node>>>,
}

// > `main` starts. Nothing is on the heap yet.
fn main() {
    // > A String inside a Box: two heap blocks, the {block settings}-byte
    // > box holding the String's handle, and the String's own 7-byte text.
    let settings = Box::new(String::from("verbose"));
    // ? choice: After Box::leak, who frees the box's heap block?
    // - forever does, at the end of main
    // - settings does, at the end of main
    // + Nobody: the block stays allocated until the process exits
    // = `Box::leak` gives up ownership and hands back a reference that may
    // = be used for the rest of the program. No owner is left, so no drop
    // = ever runs for it. That is the point: configuration read once and
    // = kept forever, without the cost of reference counting.
    // > `Box::leak` consumes the box and returns a plain reference to its
    // > contents. The box is no longer owned by anything, so its blocks will
    // > never be freed; `settings` is marked as moved.
    let forever = Box::leak(settings);
    println!("leaked but usable: {forever}");
    // > Another String, 13 bytes on the heap, owned by `scratch`.
    let scratch = String::from("scratch space");
    // ? choice: What does std::mem::forget(scratch) do to the heap block?
    // - Frees it now, like drop
    // + Nothing: the value is moved away and its destructor never runs
    // - Frees it later, when the program ends
    // = `forget` takes ownership and then skips the value's `Drop`. The
    // = heap block is never freed. It is safe (nothing dangles), just a leak.
    // > `forget` takes the String and throws away its handle without
    // > dropping it. Its 13-byte block is now leaked: nothing points at it
    // > and nothing will free it.
    std::mem::forget(scratch);
    // > `Rc::new` allocates one block holding two counters and the value:
    // > {block shared} bytes. The strong count starts at {strong shared}.
    let shared = Rc::new(64);
    // ? number: What will the strong count of shared be after this clone?
    // + {strong shared}
    // = `Rc::clone` copies the pointer and adds one to the count in the
    // = heap block; nothing else is allocated. Two owners: {strong shared}.
    // > `Rc::clone` adds a second owner: the strong count is {strong shared}.
    let extra = Rc::clone(&shared);
    println!("owners: {}", Rc::strong_count(&shared));
    // > The clone is forgotten, so its owner never gives its count back.
    // > The count stays at {strong shared}.
    std::mem::forget(extra);
    // ? number: How many owners does Rc::strong_count report now?
    // + {strong shared}
    // = Forgetting `extra` skipped its drop, and its drop is what would have
    // = lowered the count. The count is stuck at {strong shared}.
    println!("owners now: {}", Rc::strong_count(&shared));
    // > Two nodes, each in a {block a}-byte Rc block: two counters and
    // > the `RefCell`, whose borrow flag sits before the `Option`.
    let a = Rc::new(Node { next: RefCell::new(None) });
    // > `b` owns a clone of `a`: `a`'s strong count is {strong a}.
    let b = Rc::new(Node {
        next: RefCell::new(Some(Rc::clone(&a))),
    });
    // ? number: What will b's strong count be once a points back at b?
    // + {strong b}
    // = `b` itself is one owner, and the `Rc` now stored inside `a` is the
    // = other. Each node keeps the other's count above zero.
    // > `a` now points back at `b`: a cycle, both counts at {strong b}.
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    // > `main` ends. `b` and `a` drop, but each count only falls to 1:
    // > the nodes own each other, so neither is freed. `shared` falls to
    // > 1 as well. Blocks never freed: {leaked}.
}

//~ Rust frees every heap block whose owner goes out of scope, but a leak
//~ is not unsafe, and safe code can leak: `Box::leak` on purpose (for data
//~ that must live until the program ends), `std::mem::forget` by skipping
//~ a destructor, and reference counting whenever a count never reaches zero.
//~
//~ The usual accident is a cycle: two `Rc` values that point at each other,
//~ for example through `RefCell<Option<Rc<Node>>>` fields, each keep the
//~ other's count at 1 or more, so neither is ever freed. The cure is to
//~ make one direction a `Weak` reference, which does not count as an owner.
