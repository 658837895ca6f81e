// Finding the first user with an email, and the first number in a list of words.
struct User {
    name: String,
    email: Option<String>,
}

fn main() {
    let users = vec![
        User { name: String::from("ann"), email: None },
        User { name: String::from("bo"), email: Some(String::from("bo@example.com")) },
        User { name: String::from("cy"), email: Some(String::from("cy@example.com")) },
    ];
    let first_email = users.iter().find_map(|u| u.email.clone());
    println!("{:?}", first_email);
    let who = users.iter().find_map(|u| if u.email.is_some() { Some(u.name.as_str()) } else { None });
    println!("{:?}", who);
    let words = ["x", "12", "y", "7"];
    let n: Option<i32> = words.iter().find_map(|w| w.parse().ok());
    println!("{:?}", n);
    let long = words.iter().find_map(|w| if w.len() > 5 { Some(w.len()) } else { None });
    println!("{:?}", long);
    let doubled = (1..10).find_map(|x| if x * x > 20 { Some(x * 2) } else { None });
    println!("{:?}", doubled);
}
