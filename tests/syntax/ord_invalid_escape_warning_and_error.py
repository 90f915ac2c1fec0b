s = "\d+"
return s
