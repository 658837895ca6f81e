// Width and alignment: {:>4}, {:<4}, {:^6}, zero padding, inline names.
fn main() {
    let n = 42;
    let word = "ab";
    println!("[{:>4}]", n);
    println!("[{:<4}]", n);
    println!("[{:^6}]", n);
    println!("[{:4}]", n);
    println!("[{:4}]", word);
    println!("[{:>5}]", word);
    println!("[{:^5}]", word);
    println!("[{:04}]", n);
    println!("[{:05}]", -7);
    println!("[{:+}]", n);
    println!("[{:*^9}]", word);
    println!("[{:->6}]", n);
    println!("[{n:>6}] [{word:<3}]");
    println!("[{:1}]", 12345);
    for i in [1, 22, 333, 4444] {
        println!("|{:>5}|{:<5}|", i, i * 2);
    }
    println!("[{:>6}]", 2.5);
    println!("[{:<6}]", true);
    println!("[{:^7}]", 'é');
}
