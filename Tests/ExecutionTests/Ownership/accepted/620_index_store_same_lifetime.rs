// Storing through an index is fine when the item lives as long as the list's borrows.
fn replace_first<'a>(list: &mut Vec<&'a str>, item: &'a str) {
    list[0] = item;
}

struct View<'a> {
    name: &'a str,
}

fn main() {
    let typed = String::from("ferris");
    let mut names = vec!["nobody", "somebody"];
    replace_first(&mut names, &typed);
    println!("{:?}", names);
    let fixed: View<'static> = View { name: "constant" };
    let local: View = View { name: &typed };
    println!("{} {}", fixed.name, local.name);
}
