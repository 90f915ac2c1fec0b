x = bu"data"
