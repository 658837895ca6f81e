// The Rust Book's Summary trait: a required method, a default method that calls it, and two
// types implementing it (one keeps the default, one overrides it).
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

struct NewsArticle {
    headline: String,
    location: String,
    author: String,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

impl Summary for NewsArticle {
    fn summarize_author(&self) -> String {
        self.author.clone()
    }

    fn summarize(&self) -> String {
        format!("{}, by {} ({})", self.headline, self.author, self.location)
    }
}

fn main() {
    let tweet = Tweet {
        username: String::from("horse_ebooks"),
        content: String::from("of course, as you probably already know, people"),
        retweets: 3,
    };
    let article = NewsArticle {
        headline: String::from("Penguins win the Stanley Cup Championship!"),
        location: String::from("Pittsburgh, PA, USA"),
        author: String::from("Iceburgh"),
    };
    println!("1 new tweet: {}", tweet.summarize());
    println!("{} retweets, {} bytes of content", tweet.retweets, tweet.content.len());
    println!("New article available! {}", article.summarize());
    let r = &article;
    println!("author: {}", r.summarize_author());
    println!("size of Tweet: {}", std::mem::size_of::<Tweet>());
}
