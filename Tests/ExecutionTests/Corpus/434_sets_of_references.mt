3 unique, capacity 7
has 3: true, has 7: false
[1, 2, 3]
3 entries, capacity 3
total age 80
