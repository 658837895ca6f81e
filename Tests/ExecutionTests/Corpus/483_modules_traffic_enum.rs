// An enum and its methods in a module, matched from main through the module's path.
mod traffic {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Light {
        Red,
        Yellow,
        Green,
    }

    pub static CROSSING: &str = "Main St";

    impl Light {
        pub fn next(self) -> Light {
            match self {
                Light::Red => Light::Green,
                Light::Green => Light::Yellow,
                Light::Yellow => Light::Red,
            }
        }

        pub fn seconds(&self) -> u32 {
            match self {
                Self::Red => 30,
                Self::Yellow => 3,
                Self::Green => 25,
            }
        }
    }

    pub struct Controller {
        pub light: Light,
        changes: u32,
    }

    impl Controller {
        pub fn new() -> Controller {
            Controller { light: Light::Red, changes: 0 }
        }

        pub fn tick(&mut self) {
            self.light = self.light.next();
            self.changes += 1;
        }

        pub fn changes(&self) -> u32 {
            self.changes
        }
    }
}

fn describe(light: traffic::Light) -> &'static str {
    match light {
        traffic::Light::Red => "stop",
        traffic::Light::Yellow => "slow down",
        traffic::Light::Green => "go",
    }
}

fn main() {
    let mut c = traffic::Controller::new();
    let mut elapsed = 0;
    for _ in 0..5 {
        let light = c.light;
        println!("{:?} at {}: {} for {}s", light, traffic::CROSSING, describe(light), light.seconds());
        elapsed += light.seconds();
        c.tick();
    }
    println!("{} changes, {} seconds", c.changes(), elapsed);
    println!("back to red? {}", c.light == traffic::Light::Red);
    println!("a Light is {} byte, a Controller {} bytes", std::mem::size_of::<traffic::Light>(), std::mem::size_of::<traffic::Controller>());
}
