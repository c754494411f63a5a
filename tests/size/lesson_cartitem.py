# The lesson's CartItem, with and without __slots__.
import sys
class CartItem:
    def __init__(self, product_id, date):
        self.product_id = product_id
        self.date = date
class CartItemSlots:
    __slots__ = ('product_id', 'date')
    def __init__(self, product_id, date):
        self.product_id = product_id
        self.date = date
items = [CartItem(232322232, '2016-12-12 02:23') for i in range(50)]
slotted = [CartItemSlots(232322232, '2016-12-12 02:23') for i in range(50)]
a, b = items[-1], slotted[-1]
print('regular', sys.getsizeof(a), sys.getsizeof(a.__dict__), sys.getsizeof(a) + sys.getsizeof(a.__dict__))
print('slots', sys.getsizeof(b))
print('product_id', sys.getsizeof(a.product_id), 'date', sys.getsizeof(a.date))
print(hasattr(b, '__dict__'), hasattr(a, '__dict__'))
