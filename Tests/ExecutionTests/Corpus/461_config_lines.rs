// Cleaning up config lines and turning missing pieces into String errors with `?`.
fn value_of<'a>(line: &'a str, key: &str) -> Result<&'a str, &'static str> {
    let (k, v) = line.split_once('=').ok_or("no equals sign")?;
    if k.trim() != key {
        return Err("wrong key");
    }
    Ok(v.trim())
}

fn port(line: &str) -> Result<u16, String> {
    let text = value_of(line, "port")?;
    let digits = text.trim_start_matches('0');
    let n: u16 = digits.parse().map_err(|_| format!("bad number {:?}", text))?;
    Ok(n)
}

fn main() {
    for line in ["port = 0080", "port=443", "host=x", "port", "port = 99999"] {
        match port(line) {
            Ok(p) => println!("{} -> {}", line, p),
            Err(e) => println!("{} -> {} (len {}, cap {})", line, e, e.len(), e.capacity()),
        }
    }
    let path = "///usr/local/bin///";
    println!("{}", path.trim_start_matches('/'));
    println!("{}", path.trim_end_matches('/'));
    println!("{}", path.trim_matches('/'));
    let name = String::from("file.tar.gz.gz");
    println!("{}", name.trim_end_matches(".gz"));
    println!("[{}]", "xxhixx".trim_start_matches("xx"));
    println!("[{}]", "abc".trim_end_matches(""));
}
