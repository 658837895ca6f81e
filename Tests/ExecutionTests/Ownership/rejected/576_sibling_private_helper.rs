mod tools {
    fn sharpen(blade: &mut u32) {
        *blade += 10;
    }

    pub fn check(blade: u32) -> bool {
        blade > 50
    }
}

mod garden {
    pub fn prune(blade: &mut u32) -> u32 {
        super::tools::sharpen(blade);
        if super::tools::check(*blade) { 3 } else { 1 }
    }
}

fn main() {
    let mut blade = 45;
    let cuts = garden::prune(&mut blade);
    println!("{} cuts, blade {}", cuts, blade);
}
