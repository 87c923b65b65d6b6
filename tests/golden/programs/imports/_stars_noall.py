visible = "v"
_hidden = "h"
def helper():
    return "helper"
