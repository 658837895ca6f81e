[3, 3, 2] len 3 cap 3
long names: 2
ANN (3 bytes, cap 3)
BOB (3 bytes, cap 3)
CY (2 bytes, cap 2)
[30, 30] cap 2, closure ran 2 times
kept apple
kept kiwi
