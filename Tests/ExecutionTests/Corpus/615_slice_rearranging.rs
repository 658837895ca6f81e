// Rotations and `fill` move elements inside their buffer: no new allocation.
fn main() {
    let mut ring = vec![1, 2, 3, 4, 5];
    let cap = ring.capacity();
    ring.rotate_left(2);
    println!("{:?}", ring);
    ring.rotate_right(1);
    println!("{:?} cap {} -> {}", ring, cap, ring.capacity());

    let mut names = vec![String::from("ann"), String::from("bo"), String::from("cy")];
    names.rotate_left(1);
    println!("{:?}", names);

    let mut board = [['.'; 3]; 3];
    board[1].fill('#');
    board[2][1..].fill('o');
    for row in &board {
        println!("{}", row.iter().collect::<String>());
    }

    let mut buf = vec![0u8; 6];
    buf[..2].fill(7);
    buf.swap(0, 5);
    println!("{:?} {}", buf, buf.contains(&7));

    let steps = ring.len() + 1;
    println!("rotating by {steps}");
    ring.rotate_left(steps);
    println!("unreachable {:?}", ring);
}
