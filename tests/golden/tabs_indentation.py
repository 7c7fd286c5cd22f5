# Tab-indented blocks, consistent mixtures, and form feeds.
if True:
	x = 1
	if x:
		y = 2
	else:
		y = 3

class TabClass:
	def method(self):
		return "tab"


def spaces_then_tab():
        if True:
        	return "8 spaces then tab"

def form_feed_indent():
    return "form feed before indent"

values = [
	1,
		2,
]
words = "tabs	inside	strings"
print(x, y, TabClass().method(), spaces_then_tab(), form_feed_indent(), values, words)
z = 1	+	2	# tab before comment

print(z)
