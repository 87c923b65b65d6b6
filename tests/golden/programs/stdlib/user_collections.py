# UserDict, UserList and UserString: subclassing the wrappers, as programs
# do for a dict that normalises its keys or a list that validates items.
from collections import UserDict, UserList, UserString
import collections
import pprint


class CaseInsensitiveDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


headers = CaseInsensitiveDict({"Content-Type": "text/html"})
headers["X-Count"] = 3
print(headers["content-type"], "X-COUNT" in headers, len(headers), sorted(headers))
print(headers, dict(headers), headers.get("missing", "-"))


class PositiveList(UserList):
    def append(self, item):
        if item <= 0:
            raise ValueError(f"not positive: {item}")
        super().append(item)


nums = PositiveList([3, 1, 2])
nums.append(5)
try:
    nums.append(-1)
except ValueError as e:
    print("ValueError:", e)
nums.sort()
print(nums, nums[1:3], type(nums[1:3]).__name__, nums + [9], 2 in nums, nums.count(3))


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


s = Shout("hello")
print(s.shout(), s * 2, s[1:4], type(s[1:4]).__name__, s == "hello", s.replace("l", "L"))
print(isinstance(headers, collections.abc.MutableMapping), collections.UserDict is UserDict)
pprint.pprint(UserDict({"b": [1] * 30, "a": 1}))
