use std::collections::HashMap;

fn main() {
    let results = [("red", 7), ("blue", 3), ("red", 2), ("green", 9), ("blue", 8), ("red", 5)];
    let mut teams: HashMap<String, Vec<i32>> = HashMap::new();
    for (team, points) in results {
        teams.entry(team.to_string()).or_default().push(points);
    }

    let mut report = Vec::new();
    for (team, mut points) in teams {
        points.sort();
        let best = points[points.len() - 1];
        report.push(format!("{team}: {:?} best {best}", points));
    }
    report.sort();
    for line in &report {
        println!("{line}");
    }
}
