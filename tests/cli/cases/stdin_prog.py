print("from stdin", 6 * 7)
