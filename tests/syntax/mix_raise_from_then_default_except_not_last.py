try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
except:
    pass
except ValueError:
    pass
