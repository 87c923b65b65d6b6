import sys; print(repr(sys.version_info), sys.version_info.major, type(sys.version_info).__name__, sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info[0], len(sys.version_info))
