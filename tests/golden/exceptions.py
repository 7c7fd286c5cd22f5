# try / except / else / finally, except*, raise, assert.
def risky(kind):
    if kind == 1:
        raise ValueError("bad value")
    if kind == 2:
        raise KeyError("k") from None
    if kind == 3:
        try:
            1 / 0
        except ZeroDivisionError as exc:
            raise RuntimeError("wrapped") from exc
    return kind


for k in range(5):
    try:
        risky(k)
    except ValueError:
        print("value")
    except (KeyError, IndexError) as e:
        print("lookup", e)
    except RuntimeError as e:
        print("runtime", e.__cause__)
    except:
        print("other")
    else:
        print("ok", k)
    finally:
        print("finally", k)

try:
    pass
finally:
    pass

try:
    raise ExceptionGroup("group", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("values", eg.exceptions)
except* (TypeError, KeyError):
    print("types")
else:
    pass
finally:
    print("done")

try:
    assert 1 + 1 == 2
    assert isinstance(1, int), "message"
    assert (1 == 1), "parenthesized test"
except AssertionError:
    raise
else:
    pass

try:
    try:
        raise
    except RuntimeError:
        pass
except Exception:
    pass


def reraise():
    try:
        raise TypeError
    except TypeError:
        raise


try:
    reraise()
except TypeError as error:
    del error
