fn load(id: u32) -> Result<String, String> {
    if id == 1 {
        Ok(String::from("first record"))
    } else {
        Err(format!("record {} not found", id))
    }
}

fn main() {
    let record = load(1).unwrap();
    println!("{} ({} bytes)", record, record.len());
    let as_option = load(2).ok();
    println!("{:?}", as_option);
    let err_only = load(3).err();
    println!("{:?}", err_only);
    let missing = load(4).expect("record 4 should exist");
    println!("{}", missing);
}
