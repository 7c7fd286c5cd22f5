value = f"{x\
}"
