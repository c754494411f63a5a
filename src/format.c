/* format.c: the format-spec mini-language, as CPython's
 * Python/formatter_unicode.c:
 *
 *   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 *
 * The number layout (sign, 0x prefix, padding between sign and digits,
 * grouping that extends into zero padding) is a port of
 * calc_number_widths / fill_number / _PyUnicode_InsertThousandsGrouping.
 *
 * Message texts are 3.13's; where older versions differ the comment says so.
 * TODO(lead): version table fields for:
 *   - 3.8-3.10: plain "Invalid format specifier" (3.11+ adds "'<spec>' for
 *     object of type '<type>'");
 *   - 3.8-3.10: no 'z' option ('z' is then an unknown type code);
 *   - 3.8-3.9: '0' before the width sets '=' alignment for strings too, so
 *     format('ab', '05') raises "'=' alignment not allowed in string format
 *     specifier" (3.10+ gives 'ab000').
 */
#include "format.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "memory.h"
#include "vm.h"
#include "str.h"

/* ---- parsing ------------------------------------------------------------------ */

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static SlValue unknown_type(SlVM *vm, uint32_t type, const char *tname) {
    if (type > 32 && type < 128)
        return sl_raise(vm, SL_ValueError, "Unknown format code '%c' for object of type '%s'",
                        (int)type, tname);
    return sl_raise(vm, SL_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                    (unsigned)type, tname);
}

/* digits (any Unicode decimal) into *out; -1 on overflow (raised) */
static int get_integer(SlVM *vm, const uint32_t *cp, size_t *pos, size_t end, int64_t *out) {
    int64_t acc = 0;
    int n = 0;
    for (; *pos < end; (*pos)++, n++) {
        int dv = sl_unicode_decimal(cp[*pos]);
        if (dv < 0) break;
        if (acc > (INT64_MAX - dv) / 10) {
            sl_raise(vm, SL_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + dv;
    }
    *out = acc;
    return n;
}

bool sl_format_spec_parse_for(SlVM *vm, SlValue specv, SlFormatSpec *f, char default_type,
                              char default_align, const char *tname) {
    const char *s = SL_STR_DATA(specv);
    size_t size = SL_STR_SIZE(specv);
    /* decode to code points (specs are short) */
    uint32_t small[64];
    uint32_t *cp = small;
    if (size > 64) {
        cp = malloc(size * sizeof(uint32_t));
        if (!cp) {
            sl_raise_nomemory(vm);
            return false;
        }
    }
    size_t end = 0;
    for (size_t i = 0; i < size;) {
        uint32_t c = (unsigned char)s[i];
        if (c < 0x80) {   /* the usual ASCII spec: no call per character */
            i++;
        } else {
            int k = sl_utf8_decode(s + i, &c);
            i += (size_t)(k > 0 ? k : 1);
        }
        cp[end++] = c;
    }
    bool ok = false;
    size_t pos = 0;
    bool align_specified = false, fill_specified = false;
    f->fill = ' ';
    f->align = default_align;
    f->sign = 0;
    f->no_neg_0 = false;
    f->alternate = false;
    f->zero = false;
    f->width = -1;
    f->thousands = 0;
    f->precision = -1;
    f->type = (uint32_t)(unsigned char)default_type;

    if (end - pos >= 2 && is_align(cp[pos + 1])) {
        f->align = (char)cp[pos + 1];
        f->fill = cp[pos];
        fill_specified = align_specified = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(cp[pos])) {
        f->align = (char)cp[pos];
        align_specified = true;
        pos++;
    }
    if (end - pos >= 1 && (cp[pos] == ' ' || cp[pos] == '+' || cp[pos] == '-')) {
        f->sign = (char)cp[pos];
        pos++;
    }
    if (end - pos >= 1 && cp[pos] == 'z') { /* 3.11+ */
        f->no_neg_0 = true;
        pos++;
    }
    if (end - pos >= 1 && cp[pos] == '#') {
        f->alternate = true;
        pos++;
    }
    if (!fill_specified && end - pos >= 1 && cp[pos] == '0') {
        f->fill = '0';
        f->zero = true;
        /* 3.8-3.9: any type without an explicit alignment */
        if (!align_specified && default_align == '>') f->align = '=';
        pos++;
    }
    int consumed = get_integer(vm, cp, &pos, end, &f->width);
    if (consumed < 0) goto done;
    if (consumed == 0) f->width = -1;
    /* a width the memory cap cannot hold: MemoryError now, as CPython's
     * failed allocation, instead of padding a buffer for minutes */
    if (f->width > 0 && (uint64_t)f->width > sl_mem_limit(vm->mem) - sl_mem_in_use(vm->mem)) {
        sl_raise_nomemory(vm);
        goto done;
    }
    if (end - pos && cp[pos] == ',') {
        f->thousands = ',';
        pos++;
    }
    if (end - pos && cp[pos] == '_') {
        if (f->thousands) {
            sl_raise(vm, SL_ValueError, "Cannot specify both ',' and '_'.");
            goto done;
        }
        f->thousands = '_';
        pos++;
    }
    if (end - pos && cp[pos] == ',' && f->thousands == '_') {
        sl_raise(vm, SL_ValueError, "Cannot specify both ',' and '_'.");
        goto done;
    }
    if (end - pos && cp[pos] == '.') {
        pos++;
        consumed = get_integer(vm, cp, &pos, end, &f->precision);
        if (consumed < 0) goto done;
        if (consumed == 0) {
            sl_raise(vm, SL_ValueError, "Format specifier missing precision");
            goto done;
        }
    }
    if (end - pos > 1) {
        /* 3.8-3.10: "Invalid format specifier" */
        sl_raise(vm, SL_ValueError, "Invalid format specifier '%s' for object of type '%s'", s,
                 tname);
        goto done;
    }
    if (end - pos == 1) f->type = cp[pos++];
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') break; /* every four digits */
            /* fall through */
        default:
            if (f->type > 32 && f->type < 128)
                sl_raise(vm, SL_ValueError, "Cannot specify '%c' with '%c'.", f->thousands,
                         (int)f->type);
            else
                sl_raise(vm, SL_ValueError, "Cannot specify '%c' with '\\x%x'.", f->thousands,
                         (unsigned)f->type);
            goto done;
        }
    }
    ok = true;
done:
    if (cp != small) free(cp);
    return ok;
}

bool sl_format_spec_parse(SlVM *vm, SlValue spec, SlFormatSpec *out) {
    return sl_format_spec_parse_for(vm, spec, out, 0, '>', "object");
}

/* ---- number layout ---------------------------------------------------------------- */

/* Digits grouped by `group` with separator `sep` (0: none), zero-filled
 * to at least min_width characters: _PyUnicode_InsertThousandsGrouping. */
static void group_digits(SlBuf *out, const char *digits, int64_t n_digits, int64_t min_width,
                         int group, char sep) {
    if (min_width < 0) min_width = 0;
    /* build right to left into a temporary buffer */
    SlBuf rev;
    sl_buf_init(&rev);
    int64_t remaining = n_digits;
    const char *dp = digits + n_digits;
    bool use_sep = false, broken = false;
    if (sep) {
        for (;;) {
            int64_t len = group;
            int64_t m = remaining > min_width ? remaining : min_width;
            if (m < 1) m = 1;
            if (len > m) len = m;
            int64_t n_zeros = len - remaining > 0 ? len - remaining : 0;
            int64_t n_chars = remaining < len ? remaining : len;
            if (n_chars < 0) n_chars = 0;
            if (use_sep) sl_buf_addc(&rev, sep);
            for (int64_t i = 0; i < n_chars; i++) sl_buf_addc(&rev, *--dp);
            for (int64_t i = 0; i < n_zeros; i++) sl_buf_addc(&rev, '0');
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if (remaining <= 0 && min_width <= 0) {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if (!broken) {
        int64_t len = remaining > min_width ? remaining : min_width;
        if (len < 1) len = 1;
        int64_t n_zeros = len - remaining > 0 ? len - remaining : 0;
        int64_t n_chars = remaining < len ? remaining : len;
        if (n_chars < 0) n_chars = 0;
        if (use_sep) sl_buf_addc(&rev, sep);
        for (int64_t i = 0; i < n_chars; i++) sl_buf_addc(&rev, *--dp);
        for (int64_t i = 0; i < n_zeros; i++) sl_buf_addc(&rev, '0');
    }
    for (size_t i = rev.len; i-- > 0;) sl_buf_addc(out, rev.data[i]);
    sl_buf_free(&rev);
}

static void add_fill(SlBuf *out, uint32_t fill, int64_t n) {
    if (fill < 128) {
        for (int64_t i = 0; i < n; i++) sl_buf_addc(out, (char)fill);
    } else {
        for (int64_t i = 0; i < n; i++) sl_buf_add_codepoint(out, fill);
    }
}

/* n copies of the fill character (k bytes of UTF-8 in fb) at w */
static char *put_fill(char *w, const char *fb, int k, int64_t n) {
    if (k == 1) {
        memset(w, fb[0], (size_t)n);
        return w + n;
    }
    for (int64_t i = 0; i < n; i++, w += k) memcpy(w, fb, (size_t)k);
    return w;
}

/* Lay out [sign][prefix][digits][.remainder] per the spec
 * (calc_number_widths + fill_number).  digits: n_digits ASCII digits
 * (to be grouped); remainder: text after them (decimal point included
 * when has_decimal).  The common short results are built on the stack:
 * a format() call in a loop then costs one allocation, the str's. */
static SlValue layout_number(SlVM *vm, const SlFormatSpec *f, char sign_char, const char *prefix,
                             const char *digits, int64_t n_digits, const char *rem,
                             int64_t n_rem, bool upper, int group, char sep) {
    char sign = 0;
    switch (f->sign) {
    case '+': sign = sign_char == '-' ? '-' : '+'; break;
    case ' ': sign = sign_char == '-' ? '-' : ' '; break;
    default:
        if (sign_char == '-') sign = '-';
    }
    int64_t n_sign = sign ? 1 : 0;
    int64_t n_prefix = (int64_t)strlen(prefix);
    int64_t rem_chars = 0; /* code points: 'c' may give a non-ASCII character */
    for (int64_t i = 0; i < n_rem; i++)
        if (((unsigned char)rem[i] & 0xc0) != 0x80) rem_chars++;
    int64_t n_non_digit = n_sign + n_prefix + rem_chars;
    int64_t min_width = (f->fill == '0' && f->align == '=') ? f->width - n_non_digit : 0;
    /* the digit part: grouped, zero-filled to min_width, upper-cased */
    SlBuf grouped;
    sl_buf_init(&grouped);
    char gsmall[96];
    const char *gd = digits;
    int64_t glen = n_digits;
    if (n_digits > 0 && (sep || min_width > n_digits || upper)) {
        if (!sep && (min_width > n_digits ? min_width : n_digits) <= (int64_t)sizeof gsmall) {
            int64_t zeros = min_width > n_digits ? min_width - n_digits : 0;
            memset(gsmall, '0', (size_t)zeros);
            memcpy(gsmall + zeros, digits, (size_t)n_digits);
            gd = gsmall;
            glen = zeros + n_digits;
        } else {
            group_digits(&grouped, digits, n_digits, min_width, group, sep);
            if (grouped.failed) {
                sl_buf_free(&grouped);
                return sl_raise_nomemory(vm);
            }
            gd = grouped.data;
            glen = (int64_t)grouped.len;
        }
        if (upper)
            for (int64_t i = 0; i < glen; i++)
                if (gd[i] >= 'a' && gd[i] <= 'f') ((char *)gd)[i] -= 32;
    }
    int64_t n_padding = f->width - (n_non_digit + glen);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (n_padding > 0) {
        switch (f->align) {
        case '<': rpad = n_padding; break;
        case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
        case '=': spad = n_padding; break;
        default: lpad = n_padding; break;
        }
    }
    char fb[4];
    int fk = sl_utf8_encode(f->fill, fb);
    size_t total = (size_t)((lpad + spad + rpad) * fk + n_sign + n_prefix + glen + n_rem);
    char small[256];
    char *out = total <= sizeof small ? small : malloc(total);
    if (!out) {
        sl_buf_free(&grouped);
        return sl_raise_nomemory(vm);
    }
    char *w = put_fill(out, fb, fk, lpad);
    if (sign) *w++ = sign;
    for (int64_t i = 0; i < n_prefix; i++)
        *w++ = upper && prefix[i] >= 'a' && prefix[i] <= 'z' ? (char)(prefix[i] - 32) : prefix[i];
    w = put_fill(w, fb, fk, spad);
    if (glen) memcpy(w, gd, (size_t)glen);
    w += glen;
    if (n_rem) memcpy(w, rem, (size_t)n_rem);
    w += n_rem;
    w = put_fill(w, fb, fk, rpad);
    sl_buf_free(&grouped);
    SlValue r = sl_str_new(vm, out, total);
    if (out != small) free(out);
    return r;
}

/* ---- floats ----------------------------------------------------------------------- */

static SlValue format_float_named(SlVM *vm, double val, const SlFormatSpec *f,
                                  const char *tname) {
    uint32_t type = f->type;
    int default_precision = 6;
    int flags = 0;
    bool add_pct = false;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        return unknown_type(vm, type, tname);
    }
    if (f->precision > INT_MAX) return sl_raise(vm, SL_ValueError, "precision too big");
    int precision = (int)f->precision;
    if (f->alternate) flags |= SL_DTSF_ALT;
    if (f->no_neg_0) flags |= SL_DTSF_NO_NEG_0;
    if (type == 0) {
        flags |= SL_DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = true;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    char small[128];
    size_t n0;
    char *text = sl_double_format_buf(vm, val, (char)type, precision, flags, small,
                                      sizeof small - 1, &n0);
    if (!text) return SL_NULL;
    if (add_pct) text[n0++] = '%';   /* the bound leaves room */
    const char *s = text;
    int64_t n = (int64_t)n0;
    char sign_char = 0;
    if (n > 0 && s[0] == '-') {
        sign_char = '-';
        s++;
        n--;
    }
    int64_t nd = 0;
    while (nd < n && s[nd] >= '0' && s[nd] <= '9') nd++;
    char sep = f->type == 'n' ? 0 : f->thousands;
    SlValue r = layout_number(vm, f, sign_char, "", s, nd, s + nd, n - nd, false, 3, sep);
    if (text != small) free(text);
    return r;
}

SlValue sl_format_float(SlVM *vm, double d, const SlFormatSpec *spec) {
    return format_float_named(vm, d, spec, "float");
}

/* ---- complex numbers ------------------------------------------------------------------- */

/* One part of a complex, laid out with no padding of its own (the whole
 * number is padded afterwards); sign is the spec's sign option for it. */
static bool complex_part(SlVM *vm, double v, char type, int precision, int flags,
                         const SlFormatSpec *f, char sign, SlBuf *out) {
    char small[128];
    size_t n0;
    char *text = sl_double_format_buf(vm, v, type, precision, flags, small, sizeof small, &n0);
    if (!text) return false;
    const char *s = text;
    int64_t n = (int64_t)n0;
    char sign_char = 0;
    if (n > 0 && s[0] == '-') {
        sign_char = '-';
        s++;
        n--;
    }
    int64_t nd = 0;
    while (nd < n && s[nd] >= '0' && s[nd] <= '9') nd++;
    SlFormatSpec t = *f;
    t.fill = ' ';
    t.align = '<';
    t.width = -1;
    t.sign = sign;
    char sep = f->type == 'n' ? 0 : f->thousands;
    SlValue r = layout_number(vm, &t, sign_char, "", s, nd, s + nd, n - nd, false, 3, sep);
    if (text != small) free(text);
    if (!r) return false;
    sl_buf_add(out, SL_STR_DATA(r), SL_STR_SIZE(r));
    sl_decref(vm, r);
    return true;
}

/* CPython's format_complex_internal: both parts in the float
 * presentation, the imaginary one always signed when the real one is
 * shown; no type code gives str()'s form, parentheses included. */
SlValue sl_format_complex(SlVM *vm, double re, double im, const SlFormatSpec *f,
                          const char *tname) {
    uint32_t type = f->type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return unknown_type(vm, type, tname);
    }
    if (f->precision > INT_MAX) return sl_raise(vm, SL_ValueError, "precision too big");
    if (f->fill == '0')
        return sl_raise(vm, SL_ValueError,
                        "Zero padding is not allowed in complex format specifier");
    if (f->align == '=')
        return sl_raise(vm, SL_ValueError,
                        "'=' alignment flag is not allowed in complex format specifier");
    int precision = (int)f->precision, default_precision = 6, flags = 0;
    bool skip_re = false, parens = false;
    if (f->alternate) flags |= SL_DTSF_ALT;
    if (f->no_neg_0) flags |= SL_DTSF_NO_NEG_0;
    if (type == 0) {
        type = 'r';
        default_precision = 0;
        if (re == 0.0 && !signbit(re)) skip_re = true;
        else parens = true;
    }
    if (type == 'n') type = 'g';
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    SlBuf body;
    sl_buf_init(&body);
    if (parens) sl_buf_addc(&body, '(');
    if ((!skip_re && !complex_part(vm, re, (char)type, precision, flags, f, f->sign, &body)) ||
        !complex_part(vm, im, (char)type, precision, flags, f, skip_re ? f->sign : '+', &body)) {
        sl_buf_free(&body);
        return SL_NULL;
    }
    sl_buf_addc(&body, 'j');
    if (parens) sl_buf_addc(&body, ')');
    int64_t len = (int64_t)body.len;   /* ASCII */
    int64_t total = f->width > len ? f->width : len;
    int64_t lpad = f->align == '>' ? total - len : f->align == '^' ? (total - len) / 2 : 0;
    if (lpad == 0 && total == len) return sl_buf_finish(vm, &body);
    SlBuf out;
    sl_buf_init(&out);
    add_fill(&out, f->fill, lpad);
    sl_buf_add(&out, body.data, body.len);
    add_fill(&out, f->fill, total - len - lpad);
    sl_buf_free(&body);
    return sl_buf_finish(vm, &out);
}

/* ---- ints -------------------------------------------------------------------------- */

static SlValue format_int_named(SlVM *vm, SlValue v, const SlFormatSpec *f, const char *tname) {
    switch (f->type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (!sl_int_as_double(vm, v, &d)) return SL_NULL;
        return format_float_named(vm, d, f, "float");
    }
    default:
        return unknown_type(vm, f->type, tname);
    }
    if (f->precision != -1)
        return sl_raise(vm, SL_ValueError, "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return sl_raise(vm, SL_ValueError,
                        "Negative zero coercion (z) not allowed in integer format specifier");
    if (f->type == 'c') {
        if (f->sign)
            return sl_raise(vm, SL_ValueError,
                            "Sign not allowed with integer format specifier 'c'");
        if (f->alternate)
            return sl_raise(vm, SL_ValueError,
                            "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t x;
        if (!sl_int_as_i64(vm, v, &x)) {
            /* PyLong_AsLong's message */
            sl_exc_clear(vm);
            return sl_raise(vm, SL_OverflowError, "Python int too large to convert to C long");
        }
        if (x < 0 || x > 0x10ffff)
            return sl_raise(vm, SL_OverflowError, "%%c arg not in range(0x110000)");
        char ch[4];
        int k = sl_utf8_encode((uint32_t)x, ch);
        return layout_number(vm, f, 0, "", "", 0, ch, k, false, 3, 0);
    }
    int base = 10;
    const char *prefix = "";
    switch (f->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    default: break;
    }
    if (!f->alternate) prefix = "";
    char sep = f->type == 'n' ? 0 : f->thousands;
    int group = (base != 10 && sep == '_') ? 4 : 3;
    int64_t x;
    if (sl_int_fast(v, &x)) {   /* a word-sized int's digits fit on the stack */
        uint64_t u = x < 0 ? -(uint64_t)x : (uint64_t)x;
        char tmp[72];
        int k = (int)sizeof tmp;
        do {
            tmp[--k] = "0123456789abcdef"[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        return layout_number(vm, f, x < 0 ? '-' : 0, prefix, tmp + k, (int64_t)sizeof tmp - k, "",
                             0, f->type == 'X', group, sep);
    }
    SlBuf digits;
    sl_buf_init(&digits);
    if (!sl_int_digits_to_buf(vm, v, base, false, &digits)) {
        sl_buf_free(&digits);
        return SL_NULL;
    }
    char sign_char = sl_int_sign(v) < 0 ? '-' : 0;
    SlValue r = layout_number(vm, f, sign_char, prefix, digits.data ? digits.data : "",
                              (int64_t)digits.len, "", 0, f->type == 'X', group, sep);
    sl_buf_free(&digits);
    return r;
}

SlValue sl_format_int(SlVM *vm, SlValue v, const SlFormatSpec *spec) {
    return format_int_named(vm, v, spec, sl_type_name(v));
}

/* ---- strings ------------------------------------------------------------------------- */

static SlValue format_str_named(SlVM *vm, SlValue s, const SlFormatSpec *f, const char *tname) {
    if (f->type != 's') return unknown_type(vm, f->type, tname);
    if (f->sign == ' ')
        /* 3.8: "Sign not allowed in string format specifier" */
        return sl_raise(vm, SL_ValueError, "Space not allowed in string format specifier");
    if (f->sign)
        return sl_raise(vm, SL_ValueError, "Sign not allowed in string format specifier");
    if (f->no_neg_0)
        return sl_raise(vm, SL_ValueError,
                        "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alternate)
        return sl_raise(vm, SL_ValueError,
                        "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        return sl_raise(vm, SL_ValueError, "'=' alignment not allowed in string format specifier");
    int64_t len = (int64_t)SL_STR_LEN(s);
    if ((f->width == -1 || f->width <= len) && (f->precision == -1 || f->precision >= len)) {
        if (SL_IS_EXACT_STR(s)) return sl_incref(s);
        return sl_str_new(vm, SL_STR_DATA(s), SL_STR_SIZE(s));
    }
    if (f->precision >= 0 && len >= f->precision) len = f->precision;
    /* byte length of the first len code points */
    const char *d = SL_STR_DATA(s);
    size_t nbytes = 0;
    for (int64_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)d[nbytes];
        nbytes += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    }
    int64_t total = f->width > len ? f->width : len;
    int64_t lpad = 0;
    if (f->align == '>') lpad = total - len;
    else if (f->align == '^') lpad = (total - len) / 2;
    int64_t rpad = total - len - lpad;
    SlBuf out;
    sl_buf_init(&out);
    add_fill(&out, f->fill, lpad);
    sl_buf_add(&out, d, nbytes);
    add_fill(&out, f->fill, rpad);
    return sl_buf_finish(vm, &out);
}

SlValue sl_format_str(SlVM *vm, SlValue s, const SlFormatSpec *spec) {
    return format_str_named(vm, s, spec, sl_type_name(s));
}

SlValue sl_str_format_method(SlVM *vm, SlValue self, const SlValue *args, size_t nargs,
                             SlValue kwnames) {
    if (!sl_args_check(vm, "__format__", nargs, kwnames, 1, 1)) return SL_NULL;
    if (!SL_IS_STR(args[0]))
        return sl_raise(vm, SL_TypeError, "__format__() argument must be str, not %s",
                        sl_type_name(args[0]));
    if (SL_STR_SIZE(args[0]) == 0) return sl_str(vm, self);
    SlFormatSpec spec;
    if (!sl_format_spec_parse_for(vm, args[0], &spec, 's', '<', sl_type_name(self)))
        return SL_NULL;
    return format_str_named(vm, self, &spec, sl_type_name(self));
}

/* ---- format() ------------------------------------------------------------------------- */

SlValue sl_format(SlVM *vm, SlValue value, SlValue spec) {
    bool empty = !spec || SL_STR_SIZE(spec) == 0;
    if (empty) {
        if (SL_IS_EXACT_STR(value)) return sl_incref(value);
        if (SL_IS_INT(value) || SL_AS_OBJ(value)->type == &sl_int_type)
            return sl_int_to_str(vm, value, 10);
        if (SL_IS_EXACT_FLOAT(value)) return sl_repr(vm, value);
    } else if (SL_IS_EXACT_STR(spec)) {
        SlFormatSpec f;
        if (SL_IS_INT(value) || SL_AS_OBJ(value)->type == &sl_int_type) {
            if (!sl_format_spec_parse_for(vm, spec, &f, 'd', '>', "int")) return SL_NULL;
            return format_int_named(vm, value, &f, "int");
        }
        if (SL_IS_EXACT_FLOAT(value)) {
            if (!sl_format_spec_parse_for(vm, spec, &f, 0, '>', "float")) return SL_NULL;
            return format_float_named(vm, SL_FLOAT_VAL(value), &f, "float");
        }
        if (SL_IS_EXACT_STR(value)) {
            if (!sl_format_spec_parse_for(vm, spec, &f, 's', '<', "str")) return SL_NULL;
            return format_str_named(vm, value, &f, "str");
        }
    }
    SlValue empty_str = SL_NULL;
    if (!spec) {
        empty_str = sl_str_new(vm, "", 0);
        if (!empty_str) return SL_NULL;
        spec = empty_str;
    }
    SlValue r = sl_call_method(vm, value, "__format__", &spec, 1);
    sl_xdecref(vm, empty_str);
    if (r && !SL_IS_STR(r)) {
        sl_raise(vm, SL_TypeError, "__format__ must return a str, not %s", sl_type_name(r));
        sl_decref(vm, r);
        return SL_NULL;
    }
    return r;
}
