// Closures whose parameters are references, typed from the `dyn Fn` or `fn` type they are
// wanted as, and kept in struct fields without naming any lifetime.
struct Button {
    label: String,
    on_click: Box<dyn Fn(&str) -> String>,
}

struct Validator {
    name: &'static str,
    check: fn(&str) -> bool,
}

fn make_counter() -> Box<dyn Fn(&str) -> usize> {
    Box::new(|s| s.len())
}

fn apply(f: &dyn Fn(&str) -> usize, s: &str) -> usize {
    f(s)
}

fn main() {
    let f: Box<dyn Fn(&str) -> usize> = Box::new(|s| s.len());
    println!("len of four: {}", f("four"));
    println!("doubled: {}", apply(&|s| s.len() * 2, "abc"));

    let ops: Vec<Box<dyn Fn(&i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(|x| *x * 10)];
    for op in &ops {
        println!("op(4) = {}", op(&4));
    }

    let shout: fn(&str) -> String = |s| s.to_uppercase();
    println!("{}", shout("hi"));
    let counter = make_counter();
    println!("counted {}", counter("hello"));

    let buttons = vec![
        Button { label: String::from("ok"), on_click: Box::new(|s| s.to_uppercase()) },
        Button { label: String::from("Cancel"), on_click: Box::new(|s| format!("<{}>", s)) },
    ];
    for b in &buttons {
        println!("{} -> {}", b.label, (b.on_click)(&b.label));
    }

    let rules = [
        Validator { name: "non-empty", check: |s| !s.is_empty() },
        Validator { name: "short", check: |s| s.len() < 4 },
    ];
    for rule in &rules {
        println!("{}: {} {}", rule.name, (rule.check)("abc"), (rule.check)("abcdef"));
    }
}
