# 10**7 slotted CartItem constructions into a list.
class CartItem:
    __slots__ = ('product_id', 'added_at')

    def __init__(self, product_id, added_at):
        self.product_id = product_id
        self.added_at = added_at

items = []
for i in range(10**7):
    items.append(CartItem(232322232, '2016-12-12 02:23'))
print(len(items), items[-1].product_id, items[-1].added_at)
