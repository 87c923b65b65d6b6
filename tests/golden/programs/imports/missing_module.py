try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
import also_not_there
