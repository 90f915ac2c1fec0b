x = fb"data"
