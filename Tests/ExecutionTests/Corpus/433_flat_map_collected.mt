['h', 'i', 'y', 'o'] cap 4
[1, 2, 3, 4, 5, 6] cap 8
[1, 2, 3, 4, 5, 6] cap 8
[1, 2, 3, 4, 5, 6] cap 8
['a', 'b', 'c', 'd'] cap 4
19 letters, cap 32
18 items, cap 18
total 34
