from __future__ import annotations, generator_stop
import __future__
print(__future__.all_feature_names[-1], "annotations" in __future__.__all__)
print(__future__.CO_FUTURE_ANNOTATIONS == 0x1000000)
