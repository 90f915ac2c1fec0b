def never_called():
    from . import sibling
    from .. import parent
    from .mod import name
    from ...pkg.sub import (a, b)
    return sibling, parent, name, a, b
print("compiled")
