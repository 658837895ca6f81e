// The atomic operations one at a time: what each returns and what it leaves behind.
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicI64, AtomicU64, AtomicUsize, Ordering};

fn main() {
    let hits = AtomicUsize::new(10);
    let before = hits.fetch_add(5, Ordering::Relaxed);
    println!("fetch_add returned {before}, now {}", hits.load(Ordering::Relaxed));
    let before = hits.fetch_sub(3, Ordering::AcqRel);
    println!("fetch_sub returned {before}, now {}", hits.load(Ordering::Acquire));
    hits.store(100, Ordering::Release);
    let old = hits.swap(7, Ordering::SeqCst);
    println!("swap gave back {old}, now {:?}", hits);

    println!("{:?}", hits.compare_exchange(7, 8, Ordering::SeqCst, Ordering::Relaxed));
    println!("{:?}", hits.compare_exchange(7, 9, Ordering::SeqCst, Ordering::Relaxed));

    let ready = AtomicBool::new(false);
    println!("ready: {}", ready.load(Ordering::SeqCst));
    ready.store(true, Ordering::SeqCst);
    println!("ready: {:?}", ready);

    let temperature = AtomicI32::new(-5);
    temperature.fetch_add(12, Ordering::SeqCst);
    println!("temperature: {}", temperature.into_inner());

    let big = AtomicU64::new(u64::MAX);
    let wrapped = big.fetch_add(2, Ordering::SeqCst);
    println!("{wrapped} + 2 wraps to {}", big.load(Ordering::SeqCst));

    let balance = AtomicI64::new(0);
    balance.fetch_sub(250, Ordering::SeqCst);
    println!("balance: {}", balance.load(Ordering::SeqCst));

    println!(
        "sizes: AtomicBool {}, AtomicI32 {}, AtomicU64 {}, AtomicI64 {}, AtomicUsize {}",
        std::mem::size_of::<AtomicBool>(),
        std::mem::size_of::<AtomicI32>(),
        std::mem::size_of::<AtomicU64>(),
        std::mem::size_of::<AtomicI64>(),
        std::mem::size_of::<AtomicUsize>()
    );
    println!(
        "alignments: AtomicBool {}, AtomicI32 {}, AtomicU64 {}",
        std::mem::align_of::<AtomicBool>(),
        std::mem::align_of::<AtomicI32>(),
        std::mem::align_of::<AtomicU64>()
    );
}
