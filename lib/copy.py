"""Generic (shallow and deep) copying operations (slotlab).

copy(x) and deepcopy(x) handle the built-in containers directly, honour
__copy__ / __deepcopy__ / __reduce_ex__ / __reduce__ defined by a class,
and otherwise copy an instance's __dict__ and __slots__ (what CPython's
default object.__reduce_ex__(4) amounts to for plain classes)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = [type(None), int, float, bool, str, bytes, type, range, type(len),
           type(Ellipsis), type(NotImplemented), property]
try:
    _ATOMIC.append(complex)
except NameError:
    pass
_ATOMIC = tuple(_ATOMIC)


def _is_atomic(x):
    cls = type(x)
    if cls in _ATOMIC:
        return True
    # functions, built-in functions and classes are copied by reference
    return cls.__name__ in ("function", "builtin_function_or_method", "code",
                            "weakref", "method_descriptor")


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)
            names.append(name)
    return names


def _user_method(cls, name):
    # a method the class (not object or a built-in base) defines
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            if klass.__module__ == "builtins":
                return None
            return klass.__dict__[name]
    return None


def _get_state(x):
    cls = type(x)
    getstate = _user_method(cls, "__getstate__")
    if getstate is not None:
        return getstate(x), True
    d = getattr(x, "__dict__", None)
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (d if d else None, slots), False
    return (d if d else None), False


def _set_state(y, state, custom):
    setstate = _user_method(type(y), "__setstate__")
    if setstate is not None:
        setstate(y, state)
        return
    if state is None:
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _new_like(x):
    cls = type(x)
    getnewargs = _user_method(cls, "__getnewargs__")
    args = getnewargs(x) if getnewargs is not None else ()
    if isinstance(x, tuple) and getnewargs is None:
        args = (tuple(x),)
    return cls.__new__(cls, *args), args


def _reconstruct(x, memo, info, deep):
    # info: the value of __reduce_ex__ / __reduce__
    if isinstance(info, str):
        return x
    func = info[0]
    args = info[1]
    state = info[2] if len(info) > 2 else None
    listiter = info[3] if len(info) > 3 else None
    dictiter = info[4] if len(info) > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set):
        return x.copy()
    if cls.__name__ == "bytearray":
        return cls(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reductor = _user_method(cls, "__reduce_ex__")
    if reductor is not None:
        return _reconstruct(x, None, reductor(x, 4), False)
    reductor = _user_method(cls, "__reduce__")
    if reductor is not None:
        return _reconstruct(x, None, reductor(x), False)
    if isinstance(x, type):
        return x
    y, args = _new_like(x)
    if isinstance(x, list):
        y.extend(x)
    elif isinstance(x, dict):
        y.update(x)
    elif isinstance(x, set):
        y.update(x)
    state, custom = _get_state(x)
    _set_state(y, state, custom)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # a tuple may have been copied meanwhile through a cycle
        if d in memo:
            return memo[d]
        same = True
        for k, j in zip(x, items):
            if k is not j:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        items = [deepcopy(a, memo) for a in x]
        y = cls(items)
    elif cls.__name__ == "bytearray":
        y = cls(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif isinstance(x, type):
            y = x
        else:
            reductor = _user_method(cls, "__reduce_ex__")
            info = None
            if reductor is not None:
                info = reductor(x, 4)
            else:
                reductor = _user_method(cls, "__reduce__")
                if reductor is not None:
                    info = reductor(x)
            if info is not None:
                y = _reconstruct(x, memo, info, True)
            else:
                y = _deep_instance(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deep_instance(x, memo):
    cls = type(x)
    getnewargs = _user_method(cls, "__getnewargs__")
    if getnewargs is not None:
        args = deepcopy(getnewargs(x), memo)
        y = cls.__new__(cls, *args)
    elif isinstance(x, tuple):
        y = cls.__new__(cls, tuple(deepcopy(a, memo) for a in x))
    else:
        y = cls.__new__(cls)
    memo[id(x)] = y
    if isinstance(x, list) and not isinstance(x, tuple):
        for a in x:
            y.append(deepcopy(a, memo))
    elif isinstance(x, dict):
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif isinstance(x, set):
        for a in x:
            y.add(deepcopy(a, memo))
    state, custom = _get_state(x)
    if state is not None:
        state = deepcopy(state, memo)
    _set_state(y, state, custom)
    return y


def _keep_alive(x, memo):
    # keep the originals alive while copying, as CPython (ids are memo keys)
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def replace(obj, **changes):
    """Return a new object replacing specified fields with new values (3.13)."""
    cls = obj.__class__
    func = getattr(cls, "__replace__", None)
    if func is None:
        raise TypeError("replace() does not support %s objects" % cls.__name__)
    return func(obj, **changes)
