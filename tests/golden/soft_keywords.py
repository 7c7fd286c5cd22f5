# match, case and _ are soft keywords: ordinary names outside match statements.
match = 1
case = 2
_ = 3
print(match, case, _)


def match_func(match, case=None):
    return match, case


print(match_func(match=1, case=2))


class case:
    match = "attribute"


print(case.match)
match = [1, 2]
print(match[0], match[1:])
match(1) if callable(match) else None
match, case = case, match
print(match, case)
match = {"key": "value"}
match match:
    case {"key": case_value}:
        print(case_value)
match -1:
    case -1:
        print("negative subject")
match (lambda: 1)():
    case 1:
        print("call subject")
match [*range(2)]:
    case [0, 1]:
        print("star subject")
match_result = [match for match in range(2)]
print(match_result)
print(_ * 2)
type = "type is not a soft keyword in 3.11"
print(type)
