// `mid @ ..` copies the middle of the array: changing the array afterwards leaves it alone.
fn main() {
    let mut arr = [1, 2, 3, 4, 5];
    let [first, mid @ .., last] = arr;
    arr[1] = 20;
    arr[0] += first + last;
    println!("{:?} {:?}", mid, arr);
}
