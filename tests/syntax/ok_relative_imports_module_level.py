from . import sibling
from .. import x
