from collections import (deque, OrderedDict
x = 1
