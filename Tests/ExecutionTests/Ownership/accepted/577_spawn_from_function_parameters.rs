use std::thread;

struct Job {
    id: u32,
    name: String,
}

fn start(job: Job) -> thread::JoinHandle<u32> {
    thread::spawn(move || {
        println!("running {}", job.name);
        job.id * 2
    })
}

fn bump(id: &u32) -> thread::JoinHandle<u32> {
    let copy = *id;
    thread::spawn(move || copy + 1)
}

fn announce(tag: &'static str) -> thread::JoinHandle<usize> {
    thread::spawn(move || tag.len())
}

fn main() {
    println!("{}", start(Job { id: 4, name: String::from("build") }).join().unwrap());
    let id = 7;
    println!("{}", bump(&id).join().unwrap());
    println!("{}", announce("deploy").join().unwrap());
}
