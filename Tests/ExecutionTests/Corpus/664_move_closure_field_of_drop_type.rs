// A `move` closure captures the places it uses (edition 2021). A Copy field of a
// type with a `Drop` impl is copied out; a non-Copy one cannot be moved out of it,
// so the closure takes the whole value instead.
struct Tag(&'static str);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    left: Tag,
    right: Tag,
}

struct Labelled {
    label: String,
    tag: Tag,
}

impl Drop for Labelled {
    fn drop(&mut self) {
        println!("drop labelled {}", self.label);
    }
}

fn main() {
    let t = Tag("t");
    let sees_t = move || println!("closure sees {}", t.0);
    sees_t();
    drop(sees_t);
    println!("closure 1 dropped, t still here: {}", t.0);

    let pair = Pair { left: Tag("left"), right: Tag("right") };
    let len_of_left = move || pair.left.0.len();
    println!("left has {} bytes", len_of_left());
    drop(len_of_left);
    println!("closure 2 dropped");

    let l = Labelled { label: String::from("box"), tag: Tag("inner") };
    let shows_label = move || println!("label is {}", l.label);
    shows_label();
    drop(shows_label);
    println!("closure 3 dropped");

    let count = 3;
    let counter = Pair { left: Tag("a"), right: Tag("b") };
    let takes_right = move || {
        let r = counter.right;
        println!("took {} ({} times)", r.0, count);
    };
    takes_right();
    println!("end of main");
}
