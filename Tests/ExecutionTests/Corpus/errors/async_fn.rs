// An async function, awaited from another async function.
async fn fetch() -> u32 {
    42
}

async fn run() -> u32 {
    fetch().await + 1
}

fn main() {
    let _future = run();
    println!("made a future");
}
