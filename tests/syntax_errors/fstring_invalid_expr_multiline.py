value = f"""{
a b
}"""
