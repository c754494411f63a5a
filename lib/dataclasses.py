"""Data classes (slotlab): the dataclass decorator and its helpers.

A smaller rewrite of CPython's Lib/dataclasses.py with the same results:
__init__ is generated with exec (so its signature and the errors of a bad
call are CPython's); the other methods are closures.  What differs between
CPython versions is in _VERSION_TABLE, read once into _V below."""

import sys as _sys
import copy as _copy
import keyword as _keyword

# ---- per-version differences, one row per CPython version -------------------
# options:        keywords dataclass() accepts
# field_options:  keywords field() accepts
# qualified:      generated methods are named "C.__init__" (3.10+), so call
#                 errors say "C.__init__() missing ..."; before, they were
#                 defined inside __create_fn__
# unhashable_default: a default is "mutable" when its class is unhashable
#                 (3.11+); before, when it is a list, dict or set
# default_named:  "non-default argument 'y' follows default argument 'x'" (3.13)
# slots_skip_inherited: slots=True leaves out slots the bases already have
#                 and drops the old __weakref__ descriptor (3.11+)
# eq_fieldwise:   __eq__ compares field by field after an identity check
#                 (3.13); before, it compared tuples of the fields
# replace_method: classes get __replace__ (copy.replace) (3.13)
# make_module:    make_dataclass() sets __module__ to the caller's module
#                 (3.12+; before, 'types') and takes module=
# match_args:     __match_args__ is added (3.10+)
_BASE_OPTIONS = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")
_BASE_FIELD_OPTIONS = ("default", "default_factory", "init", "repr", "hash",
                       "compare", "metadata")
_VERSION_TABLE = {
    (3, 8): dict(options=_BASE_OPTIONS, field_options=_BASE_FIELD_OPTIONS,
                 qualified=False, unhashable_default=False, default_named=False,
                 slots_skip_inherited=False, eq_fieldwise=False,
                 replace_method=False, make_module=False, match_args=False),
    (3, 9): dict(options=_BASE_OPTIONS, field_options=_BASE_FIELD_OPTIONS,
                 qualified=False, unhashable_default=False, default_named=False,
                 slots_skip_inherited=False, eq_fieldwise=False,
                 replace_method=False, make_module=False, match_args=False),
    (3, 10): dict(options=_BASE_OPTIONS + ("match_args", "kw_only", "slots"),
                  field_options=_BASE_FIELD_OPTIONS + ("kw_only",),
                  qualified=True, unhashable_default=False, default_named=False,
                  slots_skip_inherited=False, eq_fieldwise=False,
                  replace_method=False, make_module=False, match_args=True),
    (3, 11): dict(options=_BASE_OPTIONS + ("match_args", "kw_only", "slots",
                                           "weakref_slot"),
                  field_options=_BASE_FIELD_OPTIONS + ("kw_only",),
                  qualified=True, unhashable_default=True, default_named=False,
                  slots_skip_inherited=True, eq_fieldwise=False,
                  replace_method=False, make_module=False, match_args=True),
    (3, 12): dict(options=_BASE_OPTIONS + ("match_args", "kw_only", "slots",
                                           "weakref_slot"),
                  field_options=_BASE_FIELD_OPTIONS + ("kw_only",),
                  qualified=True, unhashable_default=True, default_named=False,
                  slots_skip_inherited=True, eq_fieldwise=False,
                  replace_method=False, make_module=True, match_args=True),
    (3, 13): dict(options=_BASE_OPTIONS + ("match_args", "kw_only", "slots",
                                           "weakref_slot"),
                  field_options=_BASE_FIELD_OPTIONS + ("kw_only", "doc"),
                  qualified=True, unhashable_default=True, default_named=True,
                  slots_skip_inherited=True, eq_fieldwise=True,
                  replace_method=True, make_module=True, match_args=True),
}
_V = _VERSION_TABLE[tuple(_sys.version_info[:2])]

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass",
           "replace", "is_dataclass"]
if _V["match_args"]:
    __all__.append("KW_ONLY")

_MappingProxyType = type(type.__dict__)


class _SlotProbe:
    __slots__ = ("x",)


_MemberDescriptorType = type(_SlotProbe.x)
del _SlotProbe


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


if _V["match_args"]:
    KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = _MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return "dataclasses.InitVar[%s]" % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash",
                 "init", "compare", "metadata", "kw_only", "doc", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only=MISSING, doc=None):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else _MappingProxyType(metadata))
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    def __repr__(self):
        kw = ("kw_only=%r," % (self.kw_only,)) if _V["match_args"] else ""
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,"
                "repr=%r,hash=%r,compare=%r,metadata=%r,%s_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare,
                   self.metadata, kw, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen",
                 "match_args", "kw_only", "slots", "weakref_slot")

    def __init__(self, opts):
        for name in self.__slots__:
            setattr(self, name, opts.get(name, False))

    def __repr__(self):
        names = [n for n in self.__slots__ if n in _V["options"]]
        return ("_DataclassParams(" +
                ",".join("%s=%r" % (n, getattr(self, n)) for n in names) + ")")


def _check_keywords(fname, kwargs, allowed):
    for name in kwargs:
        if name not in allowed:
            raise TypeError("%s() got an unexpected keyword argument %r" % (fname, name))


def field(**kwargs):
    """Return an object to identify dataclass fields."""
    _check_keywords("field", kwargs, _V["field_options"])
    default = kwargs.get("default", MISSING)
    default_factory = kwargs.get("default_factory", MISSING)
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, kwargs.get("init", True),
                 kwargs.get("repr", True), kwargs.get("hash", None),
                 kwargs.get("compare", True), kwargs.get("metadata", None),
                 kwargs.get("kw_only", MISSING), kwargs.get("doc", None))


def _is_type_string(annotation, name):
    # "InitVar[int]", "dataclasses.InitVar[int]", "ClassVar", "typing.ClassVar[int]"
    head = annotation.strip().split("[", 1)[0].strip()
    return head == name or head.endswith("." + name)


def _field_kind(cls, a_type):
    typing = _sys.modules.get("typing")
    if typing is not None:
        cv = getattr(typing, "ClassVar", None)
        if cv is not None and (a_type is cv or getattr(a_type, "__origin__", None) is cv):
            return _FIELD_CLASSVAR
        if isinstance(a_type, str) and _is_type_string(a_type, "ClassVar"):
            return _FIELD_CLASSVAR
    if a_type is InitVar or type(a_type) is InitVar:
        return _FIELD_INITVAR
    if isinstance(a_type, str) and _is_type_string(a_type, "InitVar"):
        return _FIELD_INITVAR
    return _FIELD


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            # a field in __slots__ has no default value
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _field_kind(cls, a_type)
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError("field %s is a ClassVar but specifies kw_only" % (f.name,))
    if f._field_type is _FIELD:
        if _V["unhashable_default"]:
            mutable = f.default.__class__.__hash__ is None
        else:
            mutable = isinstance(f.default, (list, dict, set))
        if mutable:
            raise ValueError("mutable default %s for field %s is not allowed: "
                             "use default_factory" % (type(f.default), f.name))
    return f


def _set_qualname(cls, fn, name):
    fn.__name__ = name
    if _V["qualified"]:
        fn.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    else:
        fn.__qualname__ = "__create_fn__.<locals>.%s" % name
    return fn


def _set_new_attribute(cls, name, value):
    # never overwrites an attribute the class defines itself
    if name in cls.__dict__:
        return True
    if callable(value):
        _set_qualname(cls, value, name)
    setattr(cls, name, value)
    return False


def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name, module_globals, slots):
    seen_default = None
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = f
            elif seen_default:
                if _V["default_named"]:
                    raise TypeError("non-default argument %r follows default argument %r"
                                    % (f.name, seen_default.name))
                raise TypeError("non-default argument %r follows default argument"
                                % (f.name,))
    ns = {"__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
          "__dataclass_builtins_object__": object,
          "__name__": module_globals.get("__name__", cls.__module__)}

    def assign(name, value):
        if frozen:
            return ("  __dataclass_builtins_object__.__setattr__(%s,%r,%s)"
                    % (self_name, name, value))
        return "  %s.%s=%s" % (self_name, name, value)

    body = []
    for f in all_fields:
        default_name = "__dataclass_dflt_%s__" % f.name
        value = None
        if f.default_factory is not MISSING:
            ns[default_name] = f.default_factory
            if f.init:
                value = ("%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s"
                         % (default_name, f.name, f.name))
            else:
                value = "%s()" % default_name
        elif f.init:
            if f.default is not MISSING:
                ns[default_name] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            ns[default_name] = f.default
            value = default_name
        if value is None or f._field_type is _FIELD_INITVAR:
            continue
        body.append(assign(f.name, value))
    if has_post_init:
        params = ",".join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append("  %s.%s(%s)" % (self_name, _POST_INIT_NAME, params))
    if not body:
        body = ["  pass"]

    def param(f):
        ns["__dataclass_type_%s__" % f.name] = f.type
        if f.default is MISSING and f.default_factory is MISSING:
            default = ""
        elif f.default is not MISSING:
            default = "=__dataclass_dflt_%s__" % f.name
        else:
            default = "=__dataclass_HAS_DEFAULT_FACTORY__"
        return "%s:__dataclass_type_%s__%s" % (f.name, f.name, default)

    params = [self_name] + [param(f) for f in std_fields]
    if kw_only_fields:
        params.append("*")
        params += [param(f) for f in kw_only_fields]
    ns["__dataclass_return_type__"] = None
    src = ("def __init__(%s)->__dataclass_return_type__:\n%s\n"
           % (",".join(params), "\n".join(body)))
    exec(src, ns)
    return ns["__init__"]


def _repr_fn(flds):
    names = [f.name for f in flds]
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return (self.__class__.__qualname__ + "(" +
                    ", ".join("%s=%r" % (n, getattr(self, n)) for n in names) + ")")
        finally:
            running.discard(key)
    return __repr__


def _values(obj, names):
    return tuple(getattr(obj, n) for n in names)


def _eq_fn(flds):
    names = [f.name for f in flds]
    if _V["eq_fieldwise"]:
        def __eq__(self, other):
            if self is other:
                return True
            if other.__class__ is self.__class__:
                for n in names:
                    r = getattr(self, n) == getattr(other, n)
                    if not r:
                        return r
                return r if names else True
            return NotImplemented
    else:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _values(self, names) == _values(other, names)
            return NotImplemented
    return __eq__


def _order_fns(flds):
    names = [f.name for f in flds]

    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, names) < _values(other, names)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, names) <= _values(other, names)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, names) > _values(other, names)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, names) >= _values(other, names)
        return NotImplemented
    return [("__lt__", __lt__), ("__le__", __le__), ("__gt__", __gt__), ("__ge__", __ge__)]


def _frozen_fns(cls, flds):
    names = {f.name for f in flds}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        super(cls, self).__delattr__(name)
    return [("__setattr__", __setattr__), ("__delattr__", __delattr__)]


def _hash_fn(flds):
    names = [f.name for f in flds]

    def __hash__(self):
        return hash(_values(self, names))
    return __hash__


def _hash_fields(field_list):
    return [f for f in field_list if (f.compare if f.hash is None else f.hash)]


def _hash_set_none(cls, field_list):
    return None


def _hash_add(cls, field_list):
    return _set_qualname(cls, _hash_fn(_hash_fields(field_list)), "__hash__")


def _hash_exception(cls, field_list):
    raise TypeError("Cannot overwrite attribute __hash__ in class %s" % (cls.__name__,))


# (unsafe_hash, eq, frozen, has an explicit __hash__) -> action
_hash_action = {(False, False, False, False): None,
                (False, False, False, True): None,
                (False, False, True, False): None,
                (False, False, True, True): None,
                (False, True, False, False): _hash_set_none,
                (False, True, False, True): None,
                (False, True, True, False): _hash_add,
                (False, True, True, True): None,
                (True, False, False, False): _hash_add,
                (True, False, False, True): _hash_exception,
                (True, False, True, False): _hash_add,
                (True, False, True, True): _hash_exception,
                (True, True, False, False): _hash_add,
                (True, True, False, True): _hash_exception,
                (True, True, True, False): _hash_add,
                (True, True, True, True): _hash_exception}


def _format_annotation(annotation):
    # inspect.formatannotation
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


def _signature_text(std_fields, kw_only_fields):
    def param(f):
        s = f.name + ": " + _format_annotation(f.type)
        if f.default is not MISSING:
            s += " = " + repr(f.default)
        elif f.default_factory is not MISSING:
            s += " = <factory>"
        return s
    parts = [param(f) for f in std_fields]
    if kw_only_fields:
        parts.append("*")
        parts += [param(f) for f in kw_only_fields]
    return "(" + ", ".join(parts) + ")"


def _process_class(cls, opts):
    init, repr_, eq = opts["init"], opts["repr"], opts["eq"]
    order, unsafe_hash, frozen = opts["order"], opts["unsafe_hash"], opts["frozen"]
    match_args, kw_only = opts.get("match_args", False), opts.get("kw_only", False)
    slots, weakref_slot = opts.get("slots", False), opts.get("weakref_slot", False)
    fields_ = {}
    module = _sys.modules.get(cls.__module__)
    module_globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(opts))

    any_frozen_base = False
    all_frozen_bases = None
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields_[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            current_frozen = getattr(b, _PARAMS).frozen
            all_frozen_bases = all_frozen_bases and current_frozen
            any_frozen_base = any_frozen_base or current_frozen

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _V["match_args"] and (a_type is KW_ONLY or a_type is _KW_ONLY_TYPE or
                                 (isinstance(a_type, str) and _is_type_string(a_type, "KW_ONLY"))):
            if kw_only_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified"
                                % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields_[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields_)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields_.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        fn = _init_fn(cls, all_init_fields, std_init_fields, kw_only_init_fields, frozen,
                      has_post_init, "__dataclass_self__" if "self" in fields_ else "self",
                      module_globals, slots)
        _set_new_attribute(cls, "__init__", fn)

    if _V["replace_method"]:
        _set_new_attribute(cls, "__replace__", _replace_fn())

    field_list = [f for f in fields_.values() if f._field_type is _FIELD]

    if repr_:
        _set_new_attribute(cls, "__repr__", _repr_fn([f for f in field_list if f.repr]))

    if eq:
        _set_new_attribute(cls, "__eq__", _eq_fn([f for f in field_list if f.compare]))

    if order:
        for name, fn in _order_fns([f for f in field_list if f.compare]):
            if _set_new_attribute(cls, name, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s. "
                                "Consider using functools.total_ordering"
                                % (name, cls.__name__))

    if frozen:
        for name, fn in _frozen_fns(cls, field_list):
            if _set_new_attribute(cls, name, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s"
                                % (name, cls.__name__))

    hash_action = _hash_action[bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list)

    if not getattr(cls, "__doc__"):
        cls.__doc__ = cls.__name__ + _signature_text(std_init_fields, kw_only_init_fields)

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _get_slots(cls):
    slots = cls.__dict__.get("__slots__")
    if slots is None:
        return []
    if isinstance(slots, str):
        return [slots]
    if not hasattr(slots, "__next__"):
        return list(slots)
    raise TypeError("Slots of '%s' cannot be determined" % (cls.__name__,))


def _add_slots(cls, is_frozen, weakref_slot):
    if "__slots__" in cls.__dict__:
        raise TypeError("%s already specifies __slots__" % (cls.__name__,))
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    if _V["slots_skip_inherited"]:
        inherited = set()
        for b in cls.__mro__[1:-1]:
            inherited.update(_get_slots(b))
        wanted = field_names + (("__weakref__",) if weakref_slot else ())
        cls_dict["__slots__"] = tuple(n for n in wanted if n not in inherited)
    else:
        cls_dict["__slots__"] = field_names
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    if _V["slots_skip_inherited"]:
        cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if not _V["slots_skip_inherited"] or "__getstate__" not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if not _V["slots_skip_inherited"] or "__setstate__" not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, **kwargs):
    """Add dunder methods based on the fields defined in the class."""
    _check_keywords("dataclass", kwargs, _V["options"])
    opts = {"init": True, "repr": True, "eq": True, "order": False,
            "unsafe_hash": False, "frozen": False}
    if _V["match_args"]:
        opts.update(match_args=True, kw_only=False, slots=False)
    opts.update(kwargs)

    def wrap(cls):
        return _process_class(cls, opts)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields_ = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields_.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def make_dataclass(cls_name, fields, **kwargs):
    """Return a new dynamically created dataclass."""
    allowed = ("bases", "namespace") + _V["options"] + (("module",) if _V["make_module"] else ())
    _check_keywords("make_dataclass", kwargs, allowed)
    bases = kwargs.pop("bases", ())
    namespace = kwargs.pop("namespace", None)
    module = kwargs.pop("module", None)
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if _keyword.iskeyword(name):
            raise TypeError("Field names must not be keywords: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns["__annotations__"] = annotations
    if _V["make_module"]:
        if module is None:
            try:
                module = _sys._getframe(1).f_globals.get("__name__", "__main__")
            except (AttributeError, ValueError):
                module = "__main__"
    else:
        module = "types"
    ns["__module__"] = module
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, **kwargs)


def _replace_fn():
    def __replace__(self, /, **changes):
        return _replace(self, **changes)
    return __replace__


def _replace(obj, /, **changes):
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    return _replace(obj, **changes)
