"""Container datatypes for slotlab: deque, Counter, defaultdict,
OrderedDict, namedtuple, ChainMap.

Reprs, ordering and messages follow CPython 3.13; where older versions
differ the code switches on sys.version_info (slotlab reports the version
it models):
* OrderedDict repr: 3.8-3.11 "OrderedDict([('a', 1)])", 3.12+
  "OrderedDict({'a': 1})".
* deque.remove(): 3.8-3.9 "deque.remove(x): x not in deque", 3.10+
  "2 is not in deque".
* namedtuple _replace() with a bad name: ValueError up to 3.12, TypeError
  in 3.13; "P.__new__() ..." argument errors name the class from 3.10.
* Counter rich comparisons (==, <=, ...) treat missing counts as zero
  from 3.10; before, == was dict equality and < was unsupported.
"""

import sys as _sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from keyword import iskeyword as _iskeyword

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
           "defaultdict", "deque", "namedtuple"]

_VERSION = (_sys.version_info[0], _sys.version_info[1])


def _is_mapping(obj):
    return isinstance(obj, (dict, ChainMap, UserDict))


# ---- deque ------------------------------------------------------------------

# sys.getsizeof(deque) follows CPython's deque_sizeof: basicsize plus one
# 528-byte block (64 items and two links) per block in use, which depends on
# where the items sit in their blocks: CPython's leftindex, modelled here
# as _left (deque_new starts it at CENTER + 1 = 32; extend() on an empty
# deque restarts it at 1, extendleft() at 63).
_NO_ITEMS = ()
_DEQUE_BASICSIZE = 80 if _VERSION < (3, 11) else 216
_DEQUE_BLOCK = 64 * 8 + 16
# slotlab gives this class (it has a __weakref__ slot) the 16-byte pre-header
# of managed weak references in 3.12+, which CPython's C deque does not have:
# __sizeof__ leaves it out so that sys.getsizeof matches.
_DEQUE_PRE = 16 if _VERSION >= (3, 12) else 0


def _deque_rotated(left, length, n):
    """leftindex after _deque_rotate(n) of a deque of that length."""
    if length <= 1:
        return left
    halflen = length >> 1
    if n > halflen or n < -halflen:
        r = abs(n) % length          # C's remainder: the sign of n
        n = -r if n < 0 else r
        if n > halflen:
            n -= length
        elif n < -halflen:
            n += length
    return (left - n) % 64


def _deque_popped_left(left, size):
    """leftindex after popleft() left `size` items."""
    left += 1
    if left == 64:
        left = 0 if size else 32
    return left


class deque:
    """A list-like sequence optimized for data accesses near its endpoints.

    Stored as two lists: _front holds the left part reversed, _back the
    right part, so both ends are amortized O(1)."""

    __slots__ = ("_front", "_back", "_maxlen", "_state", "_left", "__weakref__")

    def __init__(self, iterable=_NO_ITEMS, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._front = []
        self._back = []
        self._maxlen = maxlen
        self._state = 0
        self._left = 32
        if iterable is _NO_ITEMS:
            return
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front) or bool(self._back)

    def _items(self):
        front = self._front[::-1]
        front.extend(self._back)
        return front

    def _set_items(self, items):
        self._front = []
        self._back = list(items)

    def _pop_right(self):
        if self._back:
            return self._back.pop()
        front = self._front
        if not front:
            raise IndexError("pop from an empty deque")
        if len(front) > 1:
            # move half of the left part over, keeping order
            half = len(front) // 2
            self._back = front[half - 1::-1] if half else []
            self._front = front[half:]
            if self._back:
                return self._back.pop()
        return front.pop(0)

    def _pop_left(self):
        if self._front:
            return self._front.pop()
        back = self._back
        if not back:
            raise IndexError("pop from an empty deque")
        if len(back) > 1:
            half = len(back) // 2
            self._front = back[half - 1::-1] if half else []
            self._back = back[half:]
            if self._front:
                return self._front.pop()
        return back.pop(0)

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        n = len(self)
        if self._maxlen is not None and n >= self._maxlen:
            self._left = _deque_popped_left(self._left, n)   # append, then popleft
        if self._maxlen is not None:
            if self._maxlen == 0:
                return
            if len(self) >= self._maxlen:
                self._pop_left()
        self._back.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        left = (self._left - 1) % 64
        if self._maxlen is not None and len(self) >= self._maxlen and not len(self) and not left:
            left = 32                  # appendleft, then pop() of the only item
        self._left = left
        if self._maxlen is not None:
            if self._maxlen == 0:
                return
            if len(self) >= self._maxlen:
                self._pop_right()
        self._front.append(x)

    def pop(self):
        """Remove and return the rightmost element."""
        item = self._pop_right()
        self._state += 1
        if not len(self) and not self._left:
            self._left = 32
        return item

    def popleft(self):
        """Remove and return the leftmost element."""
        item = self._pop_left()
        self._state += 1
        self._left = _deque_popped_left(self._left, len(self))
        return item

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        if not len(self) and self._maxlen != 0:
            self._left = 1
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        if not len(self) and self._maxlen != 0:
            self._left = 63
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._left = 32
        self._front = []
        self._back = []

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__copy__()

    def __copy__(self):
        cls = type(self)
        if cls is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return cls(self)
        return cls(self, self._maxlen)

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        state = self._state
        for item in self._items():
            if item is value or item == value:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value."""
        items = self._items()
        n = len(items)
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        state = self._state
        for i in range(start, stop):
            item = items[i]
            if item is value or item == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError("%r is not in deque" % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(index, value)
        n = len(self)
        if index >= n:
            pass
        elif index <= -n or index == 0:
            self._left = (self._left - 1) % 64
        else:                          # rotate(-index), append(left), rotate(index)
            left = _deque_rotated(self._left, n, -index)
            if index > 0:
                left = (left - 1) % 64
            self._left = _deque_rotated(left, n + 1, index)
        self._set_items(items)
        self._state += 1

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items()
        for i in range(len(items)):
            item = items[i]
            if item is value or item == value:
                del items[i]
                self._deleted(i)
                self._set_items(items)
                self._state += 1
                return
        if _VERSION < (3, 10):
            raise ValueError("deque.remove(x): x not in deque")
        raise ValueError("%r is not in deque" % (value,))

    def _deleted(self, i):
        # deque_del_item: rotate(-i), popleft(), rotate(i)
        n = len(self)
        left = _deque_popped_left(_deque_rotated(self._left, n, -i), n - 1)
        self._left = _deque_rotated(left, n - 1, i)

    def __sizeof__(self):
        blocks = (self._left + len(self) + 63) // 64
        return _DEQUE_BASICSIZE + _DEQUE_BLOCK * blocks - _DEQUE_PRE

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._front, self._back = self._back, self._front
        self._state += 1

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        length = len(self)
        if length <= 1:
            return
        self._left = _deque_rotated(self._left, length, n)
        n = n % length
        if n:
            items = self._items()
            self._set_items(items[-n:] + items[:-n])
        self._state += 1

    def _norm_index(self, index):
        if not isinstance(index, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(index).__name__)
        n = len(self)
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError("deque index out of range")
        return index

    def __getitem__(self, index):
        i = self._norm_index(index)
        front = self._front
        if i < len(front):
            return front[len(front) - 1 - i]
        return self._back[i - len(front)]

    def __setitem__(self, index, value):
        i = self._norm_index(index)
        front = self._front
        if i < len(front):
            front[len(front) - 1 - i] = value
        else:
            self._back[i - len(front)] = value

    def __delitem__(self, index):
        i = self._norm_index(index)
        items = self._items()
        del items[i]
        self._deleted(i)
        self._set_items(items)
        self._state += 1

    def __contains__(self, value):
        state = self._state
        for item in self._items():
            if item is value or item == value:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __iter__(self):
        state = self._state
        length = len(self)
        i = 0
        while i < length:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            item = self[i]
            i += 1
            yield item
        if state != self._state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        i = len(self) - 1
        while i >= 0:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            item = self[i]
            i -= 1
            yield item

    def __repr__(self):
        if _repr_running(self):
            return "[...]"
        try:
            body = repr(self._items())
        finally:
            _repr_done(self)
        name = type(self).__name__
        if self._maxlen is not None:
            return "%s(%s, maxlen=%d)" % (name, body, self._maxlen)
        return "%s(%s)" % (name, body)

    def _cmp(self, other):
        if not isinstance(other, deque):
            return None
        return self._items(), other._items()

    def __eq__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] == pair[1]

    def __ne__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] != pair[1]

    def __lt__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.__copy__()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.__copy__()
        result.__imul__(n)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items()
        if n <= 0:
            self.clear()
            return self
        for i in range(n - 1):
            self.extend(items)
        return self

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self._items())

    def __class_getitem__(cls, item):
        return cls


_repr_active = []


def _repr_running(obj):
    for o in _repr_active:
        if o is obj:
            return True
    _repr_active.append(obj)
    return False


def _repr_done(obj):
    for i in range(len(_repr_active) - 1, -1, -1):
        if _repr_active[i] is obj:
            del _repr_active[i]
            return


# ---- defaultdict ------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = "None"
        elif _repr_running(factory):
            frepr = "..."
        else:
            try:
                frepr = repr(factory)
            finally:
                _repr_done(factory)
        return "%s(%s, %s)" % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---- OrderedDict ------------------------------------------------------------

class OrderedDict(dict):
    """Dictionary that remembers insertion order (slotlab's dict already
    keeps it; this adds move_to_end, popitem(last=) and ordered ==)."""

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary."""
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            key = next(reversed(self))
        else:
            key = next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        if key not in self:
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
            return
        items = [(k, v) for k, v in dict.items(self) if not (k is key or k == key)]
        value = dict.__getitem__(self, key)
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in items:
            dict.__setitem__(self, k, v)

    def __repr__(self):
        if not self:
            return "%s()" % (type(self).__name__,)
        if _repr_running(self):
            return "..."
        try:
            if _VERSION < (3, 12):
                body = repr(list(self.items()))
            else:
                body = dict.__repr__(self)
        finally:
            _repr_done(self)
        return "%s(%s)" % (type(self).__name__, body)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---- namedtuple -------------------------------------------------------------

class _tuplegetter:
    # Alias for a field of a namedtuple (a read-only data descriptor); no
    # class docstring, since __doc__ is a slot.
    __slots__ = ("_index", "__doc__")

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return "_tuplegetter(%d, %r)" % (self._index, self.__doc__)


def _names_list(names):
    if len(names) == 1:
        return "'%s'" % names[0]
    if len(names) == 2:
        return "'%s' and '%s'" % (names[0], names[1])
    return ", ".join("'%s'" % n for n in names[:-1]) + ", and '%s'" % names[-1]


def _make_new(typename, field_names, field_defaults):
    nfields = len(field_names)
    ndefaults = len(field_defaults)
    nrequired = nfields - ndefaults
    defaults = [field_defaults[n] for n in field_names[nrequired:]]
    prefix = typename + ".__new__()" if _VERSION >= (3, 10) else "__new__()"

    def __new__(_cls, *args, **kwargs):
        nargs = len(args)
        if nargs > nfields:
            if ndefaults:
                raise TypeError("%s takes from %d to %d positional arguments but %d were given"
                                % (prefix, nrequired + 1, nfields + 1, nargs + 1))
            raise TypeError("%s takes %d positional argument%s but %d were given"
                            % (prefix, nfields + 1, "" if nfields == 0 else "s", nargs + 1))
        values = list(args)
        if kwargs or nargs < nfields:
            values.extend([_MISSING] * (nfields - nargs))
            for name in kwargs:
                try:
                    i = field_names.index(name)
                except ValueError:
                    raise TypeError("%s got an unexpected keyword argument '%s'"
                                    % (prefix, name)) from None
                if i < nargs:
                    raise TypeError("%s got multiple values for argument '%s'"
                                    % (prefix, name))
                values[i] = kwargs[name]
            missing = []
            for i in range(nfields):
                if values[i] is _MISSING:
                    if i >= nrequired:
                        values[i] = defaults[i - nrequired]
                    else:
                        missing.append(field_names[i])
            if missing:
                raise TypeError("%s missing %d required positional argument%s: %s"
                                % (prefix, len(missing), "" if len(missing) == 1 else "s",
                                   _names_list(missing)))
        return tuple.__new__(_cls, values)

    return __new__


_MISSING = object()


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index in range(len(field_names)):
            name = field_names[index]
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid "
                             "identifiers: %r" % (name,))
        if _iskeyword(name):
            raise ValueError("Type names and field names cannot be a "
                             "keyword: %r" % (name,))
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % (name,))
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        start = len(field_names) - len(defaults)
        for i in range(len(defaults)):
            field_defaults[field_names[start + i]] = defaults[i]

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    repr_fmt = "(" + ", ".join(name + "=%r" for name in field_names) + ")"

    __new__ = _make_new(typename, field_names, field_defaults)
    __new__.__doc__ = "Create new instance of %s(%s)" % (typename, arg_list)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError("Expected %d arguments, got %d" % (num_fields, len(result)))
        return result

    _make.__doc__ = "Make a new %s object from a sequence or iterable" % typename

    def _replace(_self, **kwds):
        values = []
        for name, value in zip(field_names, _self):
            values.append(kwds.pop(name, value))
        result = _self._make(values)
        if kwds:
            if _VERSION >= (3, 13):
                raise TypeError("Got unexpected field names: %r" % (list(kwds),))
            raise ValueError("Got unexpected field names: %r" % (list(kwds),))
        return result

    _replace.__doc__ = "Return a new %s object replacing specified fields with new values" % typename

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = typename + "." + method.__name__

    namespace = {
        "__doc__": "%s(%s)" % (typename, arg_list),
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    if _VERSION >= (3, 13):
        namespace["__replace__"] = _replace
    for index in range(num_fields):
        namespace[field_names[index]] = _tuplegetter(
            index, "Alias for field number %d" % index)

    result = type(typename, (tuple,), namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
    result.__module__ = module
    return result


# ---- Counter ----------------------------------------------------------------

def _self_and_arg(args, name):
    if not args:
        raise TypeError("descriptor '%s' of 'Counter' object needs an argument" % name)
    if len(args) > 2:
        raise TypeError("expected at most 1 argument, got %d" % (len(args) - 1))
    return args[0], (args[1] if len(args) > 1 else None)


def _count_key(item):
    return item[1]


class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(*args, **kwds):
        # (self, iterable=None, /, **kwds): 'self' and 'iterable' may be counted keys
        if not args:
            raise TypeError("descriptor '__init__' of 'Counter' object needs an argument")
        self = args[0]
        if len(args) > 2:
            raise TypeError("expected at most 1 argument, got %d" % (len(args) - 1))
        dict.__init__(self)
        self.update(args[1] if len(args) > 1 else None, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts."""
        if n is None:
            return sorted(self.items(), key=_count_key, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_count_key)

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(*args, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        self, iterable = _self_and_arg(args, "update")
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(*args, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        self, iterable = _self_and_arg(args, "subtract")
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return "%s()" % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return "%s(%r)" % (self.__class__.__name__, d)

    # multiset comparisons (3.10+): missing elements count as zero
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        if _VERSION < (3, 10):
            return dict.__eq__(self, other)
        for c in (self, other):
            for e in c:
                if not self[e] == other[e]:
                    return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter) or _VERSION < (3, 10):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter) or _VERSION < (3, 10):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter) or _VERSION < (3, 10):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter) or _VERSION < (3, 10):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ---- ChainMap, UserDict, UserList ------------------------------------------

class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, ", ".join(map(repr, self.maps)))

    def keys(self):
        return list(iter(self))

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    @classmethod
    def fromkeys(cls, iterable, value=None):
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def clear(self):
        self.maps[0].clear()

    def __eq__(self, other):
        return dict(self.items()) == dict(other.items())

    __hash__ = None


class UserDict:
    """A dict wrapper whose data lives in self.data."""

    def __init__(*args, **kwargs):
        self = args[0]
        mapping = args[1] if len(args) > 1 else None
        self.data = {}
        if mapping is not None:
            self.update(mapping)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        return self.data == other

    __hash__ = None

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def update(*args, **kwds):
        self = args[0]
        other = args[1] if len(args) > 1 else ()
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def copy(self):
        new = self.__class__()
        new.data = self.data.copy()
        return new


class UserList:
    """A list wrapper whose data lives in self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        return self.__class__(self.data + list(other))

    def __iadd__(self, other):
        self.data += self._cast(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(self._cast(other))
