even: 2
even: 4
even: 6
total = 42
Some(2)
Some(3)
rest = [4, 5, 6], len 3, cap 3
Some(1) Some(2) None
sum of odd squares = 35
[5, 6] cap 2
[3, 4, 5, 6] cap 4
