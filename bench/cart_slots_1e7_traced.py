# cart_slots_1e7 with tracemalloc on: issue 6 asks that tracing cost
# slotlab at most 1.5x its own untraced time (bench.sh compares the two;
# this program is left out of the geometric mean, since CPython's tracing
# is several times slower than its own untraced run).
import tracemalloc


class CartItem:
    __slots__ = ('product_id', 'added_at')

    def __init__(self, product_id, added_at):
        self.product_id = product_id
        self.added_at = added_at


tracemalloc.start()
items = []
for i in range(10**7):
    items.append(CartItem(232322232, '2016-12-12 02:23'))
current, peak = tracemalloc.get_traced_memory()
print(len(items), items[-1].product_id, items[-1].added_at)
print('traced MiB', round(current / 2**20), round(peak / 2**20))
