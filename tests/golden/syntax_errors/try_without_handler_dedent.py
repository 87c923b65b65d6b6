if ready:
    try:
        go()
stop()
