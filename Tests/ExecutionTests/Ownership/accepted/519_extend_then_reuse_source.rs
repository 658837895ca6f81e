fn main() {
    let letters = vec!['a', 'b'];
    let mut s = String::new();
    s.extend(letters.iter());
    s.extend(&letters);
    let mut t = String::from("x");
    t.extend(s.chars().rev());
    println!("{} {} {:?}", s, t, letters);
}
