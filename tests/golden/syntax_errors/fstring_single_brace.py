f'abc}'
