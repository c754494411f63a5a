# test: full-stderr
def compute(a, b):
    return {
        "x": a,
        "y": a / b,
    }

result = compute(
    1,
    0,
)
