import NumericCore
print("nnbook")
