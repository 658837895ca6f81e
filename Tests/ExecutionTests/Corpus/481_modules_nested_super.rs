// Nested modules that reach up with `super::` and `super::super::`.
mod school {
    pub const PASS_MARK: u32 = 50;

    fn round(score: f64) -> u32 {
        (score + 0.5) as u32
    }

    pub mod class {
        pub struct Student {
            pub name: String,
            scores: Vec<u32>,
        }

        impl Student {
            pub fn new(name: &str) -> Student {
                Student { name: name.to_string(), scores: vec![] }
            }

            pub fn add(&mut self, score: u32) {
                self.scores.push(score);
            }

            pub fn average(&self) -> u32 {
                let total: u32 = self.scores.iter().sum();
                super::round(total as f64 / self.scores.len() as f64)
            }
        }

        pub mod report {
            use super::Student;

            pub fn line(s: &Student) -> String {
                let avg = s.average();
                let verdict = if avg >= super::super::PASS_MARK { "pass" } else { "fail" };
                format!("{:<6}{:>4} {}", s.name, avg, verdict)
            }

            pub fn best<'a>(students: &'a [Student]) -> &'a Student {
                let mut best = &students[0];
                for s in students {
                    if s.average() > best.average() {
                        best = s;
                    }
                }
                best
            }
        }
    }
}

use school::class::{report, Student};

fn main() {
    let mut students = Vec::new();
    for (name, marks) in [("Ana", [70, 81, 64]), ("Ben", [40, 45, 52]), ("Chen", [90, 88, 95])] {
        let mut s = Student::new(name);
        for m in marks {
            s.add(m);
        }
        students.push(s);
    }
    for s in &students {
        println!("{}", report::line(s));
    }
    println!("best: {}", school::class::report::best(&students).name);
    println!("pass mark is {}", school::PASS_MARK);
}
