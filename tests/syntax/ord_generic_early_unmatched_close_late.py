import json
x = 1 +* 2
y = [1, 2]]
