# obj.__class__ = Other: changing an object's class at run time.
class Draft:
    def status(self):
        return "draft: " + self.title

class Published:
    def status(self):
        return "published: " + self.title

class Slotted:
    __slots__ = ("title",)

doc = Draft()
doc.title = "Notes"
print(doc.status(), type(doc).__name__)
doc.__class__ = Published
print(doc.status(), type(doc).__name__, isinstance(doc, Published), "__class__" in vars(doc))

for target in [int, Slotted, 42]:
    try:
        doc.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
try:
    (1).__class__ = Draft
except TypeError as e:
    print("TypeError:", e)
try:
    del doc.__class__
except TypeError as e:
    print("TypeError:", e)
print(doc.status())
