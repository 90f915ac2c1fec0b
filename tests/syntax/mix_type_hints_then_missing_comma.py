from typing import Optional

def f(x: Optional[int] = None) -> list[int]:
    return [x or 0]

values = [1 2]
