print('the user bisect, from', __name__)
MINE = True
