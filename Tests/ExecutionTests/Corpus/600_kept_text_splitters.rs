// Text splitters kept in variables and advanced by hand: `Split<char>`, `SplitWhitespace`
// and `Lines` are real values on the stack.
use std::mem::size_of_val;

fn parse_pair(s: &str) -> Option<(i32, i32)> {
    let mut parts = s.split(',');
    let a = parts.next()?.trim().parse().ok()?;
    let b = parts.next()?.trim().parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    Some((a, b))
}

fn main() {
    for input in ["10, 2", "7,x", "4", "1,2,3", "", "-5 , 6"] {
        println!("{input:?} -> {:?}", parse_pair(input));
    }

    let line = String::from("name,age,,city,");
    let mut fields = line.split(',');
    println!("split is {} bytes", size_of_val(&fields));
    let first = fields.next().unwrap();
    println!("first {first:?}");
    for rest in fields {
        println!("  rest {rest:?}");
    }

    let text = "  the quick\tbrown   fox \n jumps ";
    let mut words = text.split_whitespace();
    println!("split_whitespace is {} bytes", size_of_val(&words));
    let head = words.next();
    let second = words.next();
    println!("{head:?} {second:?}");
    let remaining: Vec<&str> = words.collect();
    println!("{remaining:?} {}", remaining.len());

    let poem = "roses are red\r\nviolets are blue\n\nsugar is sweet\n";
    let mut lines = poem.lines();
    println!("lines is {} bytes", size_of_val(&lines));
    let title = lines.next().unwrap_or("");
    println!("title {title:?}");
    let mut count = 0;
    while let Some(l) = lines.next() {
        count += 1;
        println!("{count}: {l:?} ({} words)", l.split_whitespace().count());
    }
    println!("{:?} {:?}", lines.next(), lines.next());

    let mut unicode = "é—ü—ñ".split('—');
    println!("{:?} {:?} {:?} {:?}", unicode.next(), unicode.next(), unicode.next(), unicode.next());
    let mut empty = "".split(',');
    println!("{:?} {:?}", empty.next(), empty.next());
}
