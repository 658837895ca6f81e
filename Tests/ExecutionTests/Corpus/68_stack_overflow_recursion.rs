// Unbounded recursion: the stack runs out and the process aborts with SIGABRT (status 134).
struct Noisy {
    name: char,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn f(n: u64) -> u64 {
    if n == 1_000_000_000 {
        return n;
    }
    1 + f(n + 1)
}

fn main() {
    let _guard = Noisy { name: 'g' };
    println!("starting");
    println!("{}", f(0));
}
