use std::cmp::Reverse;
use std::collections::BinaryHeap;

// Shortest distances from node 0 in a small road map.
fn shortest_paths(roads: &Vec<Vec<(usize, u32)>>, start: usize) -> Vec<u32> {
    let mut dist = vec![u32::MAX; roads.len()];
    let mut queue = BinaryHeap::new();
    dist[start] = 0;
    queue.push(Reverse((0, start)));
    while let Some(Reverse((d, node))) = queue.pop() {
        if d > dist[node] {
            println!("  skip stale ({d}, {node})");
            continue;
        }
        println!("  visit {node} at {d}, queue {:?}", queue);
        for &(next, cost) in &roads[node] {
            let candidate = d + cost;
            if candidate < dist[next] {
                dist[next] = candidate;
                queue.push(Reverse((candidate, next)));
            }
        }
    }
    dist
}

fn main() {
    let roads = vec![
        vec![(1, 4), (2, 1)],
        vec![(3, 1)],
        vec![(1, 2), (3, 5)],
        vec![(4, 3)],
        vec![],
    ];
    let dist = shortest_paths(&roads, 0);
    for (node, d) in dist.iter().enumerate() {
        println!("node {node}: {d}");
    }
}
