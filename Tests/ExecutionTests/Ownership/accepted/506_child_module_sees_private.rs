mod garden {
    pub struct Plot {
        rows: Vec<u32>,
    }

    fn seeds_per_row() -> u32 {
        8
    }

    pub fn new_plot(rows: usize) -> Plot {
        Plot { rows: vec![0; rows] }
    }

    pub mod planting {
        // A child module may use its ancestors' private items and fields.
        pub fn sow(plot: &mut super::Plot) {
            for row in plot.rows.iter_mut() {
                *row += super::seeds_per_row();
            }
        }

        pub fn total(plot: &super::Plot) -> u32 {
            plot.rows.iter().sum()
        }
    }
}

fn main() {
    let mut plot = garden::new_plot(3);
    garden::planting::sow(&mut plot);
    let first = garden::planting::total(&plot);
    garden::planting::sow(&mut plot);
    println!("{} then {}", first, garden::planting::total(&plot));
}
