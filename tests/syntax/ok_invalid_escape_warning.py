import re
print(re.match("\d+", "123"))
