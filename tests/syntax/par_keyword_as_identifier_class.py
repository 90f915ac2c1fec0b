class = "Worker"
