# Assigning a non-iterable to a list slice: "can only assign an iterable".
nums = [1, 2, 3]
nums[1:2] = "ab"
print(nums)
try:
    nums[1:2] = 5
except TypeError as e:
    print(e)
nums[::2] = 7
