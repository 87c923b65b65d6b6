(
    first
    + second  # a comment
    - third
)
