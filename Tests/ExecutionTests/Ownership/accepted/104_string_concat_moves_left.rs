fn main() {
    let mut s1 = String::from("tic");
    let s2 = String::from("-tac");
    let s3 = s1 + &s2;
    s1 = String::from("toe");
    println!("{} {} {}", s1, s2, s3);
}
