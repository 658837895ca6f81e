// A review workflow: each stage is a boxed trait object that hands back the next stage.
trait Stage {
    fn submit(self: Box<Self>) -> Box<dyn Stage>;
    fn approve(self: Box<Self>) -> Box<dyn Stage>;
    fn label(&self) -> &'static str;
    fn visible<'a>(&self, _text: &'a str) -> &'a str {
        ""
    }
}

struct Writing { revisions: u32 }
struct InReview { approvals: u32 }
struct Live;

impl Stage for Writing {
    fn submit(self: Box<Self>) -> Box<dyn Stage> {
        println!("  writing -> review after {} revisions", self.revisions);
        Box::new(InReview { approvals: 0 })
    }
    fn approve(self: Box<Self>) -> Box<dyn Stage> {
        self
    }
    fn label(&self) -> &'static str {
        "writing"
    }
}

impl Stage for InReview {
    fn submit(self: Box<Self>) -> Box<dyn Stage> {
        self
    }
    fn approve(self: Box<Self>) -> Box<dyn Stage> {
        if self.approvals + 1 >= 2 {
            Box::new(Live)
        } else {
            Box::new(InReview { approvals: self.approvals + 1 })
        }
    }
    fn label(&self) -> &'static str {
        "in review"
    }
}

impl Stage for Live {
    fn submit(self: Box<Self>) -> Box<dyn Stage> { self }
    fn approve(self: Box<Self>) -> Box<dyn Stage> { self }
    fn label(&self) -> &'static str { "live" }
    fn visible<'a>(&self, text: &'a str) -> &'a str { text }
}

struct Article {
    stage: Option<Box<dyn Stage>>,
    body: String,
}

impl Article {
    fn submit(&mut self) {
        if let Some(stage) = self.stage.take() {
            self.stage = Some(stage.submit());
        }
    }
    fn approve(&mut self) {
        if let Some(stage) = self.stage.take() {
            self.stage = Some(stage.approve());
        }
    }
    fn report(&self) {
        let stage = self.stage.as_ref().unwrap();
        println!("[{}] shown: {:?}", stage.label(), stage.visible(&self.body));
    }
}

fn main() {
    let body = String::from("Boxes own their heap block.");
    let mut post = Article { stage: Some(Box::new(Writing { revisions: 0 })), body };
    post.report();
    post.approve();
    post.submit();
    post.report();
    post.approve();
    post.report();
    post.approve();
    post.report();
    let direct: Box<Writing> = Box::new(Writing { revisions: 3 });
    let after = direct.submit();
    println!("direct call gave {}", after.label());
}
