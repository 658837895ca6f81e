fn main() {
    let label = {
        let n = 7;
        &format!("ticket #{}", n)
    };
    println!("{}", label);
}
