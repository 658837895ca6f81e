// A tiny command parser: split a line into words, then match on the shape of the list.

fn run(line: &str, stack: &mut Vec<i32>) -> Result<(), String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.as_slice() {
        [] => Err(String::from("empty line")),
        ["push", value] => {
            let n: i32 = value.parse().map_err(|_| format!("not a number: {}", value))?;
            stack.push(n);
            Ok(())
        }
        ["pop"] => match stack.pop() {
            Some(top) => {
                println!("popped {}", top);
                Ok(())
            }
            None => Err(String::from("stack is empty")),
        },
        ["add"] => match stack.as_mut_slice() {
            [.., a, b] => {
                *a += *b;
                stack.pop();
                Ok(())
            }
            _ => Err(String::from("need two values")),
        },
        [command, args @ ..] => Err(format!("unknown command {} with {} argument(s)", command, args.len())),
    }
}

fn main() {
    let mut stack = Vec::new();
    let script = ["push 3", "push 4", "add", "pop", "pop", "", "push x", "jump 1 2", "push 10", "add"];
    for line in script {
        match run(line, &mut stack) {
            Ok(()) => println!("{:<10} ok    {:?}", line, stack),
            Err(message) => println!("{:<10} error {}", line, message),
        }
    }
}
