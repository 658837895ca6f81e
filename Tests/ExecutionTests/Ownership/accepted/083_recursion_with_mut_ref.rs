fn collect(n: u32, out: &mut Vec<u32>) {
    if n == 0 {
        return;
    }
    out.push(n);
    collect(n - 1, out);
}

fn main() {
    let mut out = Vec::new();
    collect(4, &mut out);
    collect(2, &mut out);
    println!("{:?}", out);
}
