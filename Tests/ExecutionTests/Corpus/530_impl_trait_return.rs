// Returning `impl Trait`: the caller knows only the trait, the function picks the type.
use std::fmt::Display;

trait Summary {
    fn summarize_author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

struct Tweet {
    username: String,
    content: String,
    retweets: u32,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

fn returns_summarizable() -> impl Summary {
    Tweet {
        username: String::from("horse_ebooks"),
        content: String::from("of course, as you probably already know, people"),
        retweets: 0,
    }
}

fn build_label(n: u32) -> impl Display {
    format!("item #{}", n)
}

fn answer() -> impl Display {
    42
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn notify(item: &impl Summary) {
    println!("Breaking news! {}", item.summarize());
}

fn main() {
    let tweet = returns_summarizable();
    println!("1 new tweet: {}", tweet.summarize());
    notify(&tweet);
    let label = build_label(7);
    println!("[{}] [{:>12}]", label, label);
    println!("the answer is {}", answer());
    let add5 = make_adder(5);
    println!("{}", add5(10));
    let unused = Tweet { username: String::new(), content: String::new(), retweets: 1 };
    println!("{} {}", unused.content.len(), unused.retweets);
}
