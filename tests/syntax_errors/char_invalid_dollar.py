$name = "shell style"
