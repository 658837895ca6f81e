/// The article's race as a learner writes it: a thread reads a `Vec` through a borrow while
/// main pushes into it (rustc refuses it, E0373). A what-if run has the reader read the buffer
/// the push freed.
package enum RaceProgram {
  package static let readerWhileMainPushes = """
    use std::thread;

    fn main() {
        let mut scores = vec![10, 20, 30, 40];
        let reader = thread::spawn(|| {
            for s in scores.iter() {
                println!("read {s}");
            }
        });
        thread::yield_now();
        scores.push(50);
        reader.join().unwrap();
    }

    """
}
