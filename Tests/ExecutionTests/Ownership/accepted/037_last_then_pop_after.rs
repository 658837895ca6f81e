fn main() {
    let mut history = vec![String::from("open"), String::from("edit")];
    let latest = history.last().unwrap().clone();
    history.pop();
    println!("undid {}, now {:?}", latest, history);
}
