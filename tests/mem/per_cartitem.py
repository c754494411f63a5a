# The lesson's CartItem: traced bytes per instance, N = 100000.
from _meas import per
class CartItem:
    def __init__(self, product_id, date):
        self.product_id = product_id
        self.date = date
class CartItemSlots:
    __slots__ = ('product_id', 'date')
    def __init__(self, product_id, date):
        self.product_id = product_id
        self.date = date
print('regular', per(lambda: CartItem(232322232, '2016-12-12 02:23'), n=100000))
print('slots', per(lambda: CartItemSlots(232322232, '2016-12-12 02:23'), n=100000))
