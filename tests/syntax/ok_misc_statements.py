assert True
assert 1 == 1, "message"
assert (1, "always true tuple is only a warning")
pass
...
x = ...
print(x, __debug__)
if x: pass
while False: pass
for _ in (): pass
else: pass
import os.path as osp
import os, sys
import collections.abc
from os import path, sep as separator
from os import (path as p2,
                sep,)
from collections import *
def f(): return
def g(): return None
print(osp.basename("/a/b"), separator, p2 is path, f(), g())
if False: raise SystemExit(0)
