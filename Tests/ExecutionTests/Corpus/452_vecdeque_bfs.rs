use std::collections::VecDeque;

fn main() {
    // Breadth-first search over a small graph stored as adjacency lists.
    let graph: Vec<Vec<usize>> = vec![
        vec![1, 2],
        vec![3],
        vec![3, 4],
        vec![5],
        vec![5],
        vec![],
    ];
    let mut distance = vec![usize::MAX; graph.len()];
    let mut queue = VecDeque::new();
    distance[0] = 0;
    queue.push_back(0);
    while let Some(node) = queue.pop_front() {
        println!("visit {} (distance {})", node, distance[node]);
        for &next in &graph[node] {
            if distance[next] == usize::MAX {
                distance[next] = distance[node] + 1;
                queue.push_back(next);
            }
        }
    }
    println!("distances: {:?}", distance);
}
