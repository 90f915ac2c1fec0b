import json

data = json.dumps({"a": 1})
print(data)
return data
