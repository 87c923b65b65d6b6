lambda x -> 1
