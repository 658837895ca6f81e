// format! starts from an estimate of the literal pieces, then grows like push_str.
fn main() {
    let a = 1;
    let b = 2;
    let w = "world";
    let s1 = format!("{}-{}", a, b);
    println!("{:?} len {} cap {}", s1, s1.len(), s1.capacity());
    let s2 = format!("hello {}", w);
    println!("{:?} len {} cap {}", s2, s2.len(), s2.capacity());
    let s3 = format!("x = {}, y = {}", a, b);
    println!("{:?} len {} cap {}", s3, s3.len(), s3.capacity());
    let s4 = format!("{} {}", w, w);
    println!("{:?} len {} cap {}", s4, s4.len(), s4.capacity());
    let s5 = format!("{}-{}", 1, 2);
    println!("{:?} len {} cap {}", s5, s5.len(), s5.capacity());
    let s6 = format!("no arguments here");
    println!("{:?} len {} cap {}", s6, s6.len(), s6.capacity());
    let s7 = format!("{w}!");
    println!("{:?} len {} cap {}", s7, s7.len(), s7.capacity());
    let s8 = format!("{}", a);
    println!("{:?} len {} cap {}", s8, s8.len(), s8.capacity());
    let long = "a long piece of text here";
    let s9 = format!("{}{}", long, long);
    println!("len {} cap {}", s9.len(), s9.capacity());
    let s10 = format!("the value of the counter is now {} units", a);
    println!("len {} cap {}", s10.len(), s10.capacity());
    let s11 = format!("{:?}", w);
    println!("{} len {} cap {}", s11, s11.len(), s11.capacity());
    let s12 = format!("{:>10}", a);
    println!("{:?} len {} cap {}", s12, s12.len(), s12.capacity());
    let neg = -5;
    let s13 = format!("{}", neg);
    println!("{:?} len {} cap {}", s13, s13.len(), s13.capacity());
    let s14 = format!("{} and {}", 2.5, true);
    println!("{:?} len {} cap {}", s14, s14.len(), s14.capacity());
}
