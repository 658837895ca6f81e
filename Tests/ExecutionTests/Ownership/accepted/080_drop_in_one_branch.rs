fn main() {
    let log = vec![String::from("entry")];
    let verbose = false;
    if verbose {
        drop(log);
        println!("dropped early");
    } else {
        println!("keeping {}", log.len());
    }
}
