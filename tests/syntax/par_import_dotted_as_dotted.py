import os.path as p.q
