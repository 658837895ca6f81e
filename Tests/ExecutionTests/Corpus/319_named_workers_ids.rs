// Naming workers with a Builder in a loop; each reports its name and id once joined.
use std::thread;

fn main() {
    let mut handles = Vec::new();
    for i in 1..=3 {
        let handle = thread::Builder::new()
            .name(format!("worker-{i}"))
            .spawn(move || {
                let me = thread::current();
                let name = me.name().unwrap().to_string();
                let id = format!("{:?}", me.id());
                (name, id, i * 10)
            })
            .expect("could not spawn a thread");
        handles.push(handle);
    }
    for handle in handles {
        let (name, id, value) = handle.join().unwrap();
        println!("{name} has {id} and made {value}");
    }
    println!("main has {:?}", thread::current().id());
}
