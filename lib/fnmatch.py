"""Unix shell-style wildcard matching: * ? [seq] [!seq] (no regular
expressions in slotlab: a small backtracking matcher instead)."""

__all__ = ["filter", "fnmatch", "fnmatchcase"]


def _match(name, pat, i, j):
    while j < len(pat):
        c = pat[j]
        if c == '*':
            while j < len(pat) and pat[j] == '*':
                j += 1
            if j == len(pat):
                return True
            for k in range(i, len(name) + 1):
                if _match(name, pat, k, j):
                    return True
            return False
        if i >= len(name):
            return False
        if c == '?':
            i += 1
            j += 1
            continue
        if c == '[':
            end = pat.find(']', j + 2 if pat[j + 1:j + 2] in ('!', ']') else j + 1)
            if end < 0:   # no closing bracket: a literal '['
                if name[i] != '[':
                    return False
                i += 1
                j += 1
                continue
            body = pat[j + 1:end]
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            found = False
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    if body[k] <= name[i] <= body[k + 2]:
                        found = True
                    k += 3
                else:
                    if body[k] == name[i]:
                        found = True
                    k += 1
            if found == negate:
                return False
            i += 1
            j = end + 1
            continue
        if name[i] != c:
            return False
        i += 1
        j += 1
    return i == len(name)


def fnmatchcase(name, pat):
    """Does name match the shell pattern pat (case-sensitive)?"""
    return _match(name, pat, 0, 0)


def fnmatch(name, pat):
    """Does name match pat?  (On POSIX, case-sensitive as fnmatchcase.)"""
    return _match(name, pat, 0, 0)


def filter(names, pat):
    """The names that match pat."""
    return [n for n in names if _match(n, pat, 0, 0)]
