use std::collections::VecDeque;

struct Job {
    name: String,
}

impl Drop for Job {
    fn drop(&mut self) {
        println!("dropping {}", self.name);
    }
}

fn main() {
    let mut jobs = VecDeque::new();
    jobs.push_back(Job { name: String::from("write") });
    jobs.push_back(Job { name: String::from("test") });
    jobs.push_front(Job { name: String::from("plan") });
    println!("{} jobs", jobs.len());

    if let Some(job) = jobs.pop_front() {
        println!("doing {}", job.name);
    }
    println!("after the first job");

    let mut others = VecDeque::new();
    others.push_back(Job { name: String::from("a") });
    others.push_back(Job { name: String::from("b") });
    others.clear();
    println!("others cleared: {}", others.is_empty());

    jobs.push_front(Job { name: String::from("review") });
    jobs.rotate_left(1);
    for job in &jobs {
        println!("queued {}", job.name);
    }
    println!("end of main");
}
