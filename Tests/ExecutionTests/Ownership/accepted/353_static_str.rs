struct Config {
    name: &'static str,
    level: u8,
}

fn greeting(hour: u32) -> &'static str {
    if hour < 12 { "good morning" } else { "good afternoon" }
}

static TITLE: &'static str = "memory";

fn main() {
    let s: &'static str = "I have a static lifetime.";
    let c = Config { name: "debug", level: 2 };
    println!("{} {} {}", s, c.name, c.level);
    let g;
    {
        let hour = 15;
        g = greeting(hour);
    }
    println!("{} {}", g, TITLE);
    println!("{}", std::mem::size_of::<Config>());
}
