fn main() {
    let mut stock = vec![4, 0, 7];
    let empty_pos = {
        let mut pos = None;
        for i in 0..stock.len() {
            if stock[i] == 0 {
                pos = Some(i);
            }
        }
        pos
    };
    if let Some(i) = empty_pos {
        stock[i] = 99;
    }
    println!("{:?}", stock);
}
