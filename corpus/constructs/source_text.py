import asyncio

# Source text as CPython reads it: this file starts with a UTF-8 byte order
# mark, ends its lines with CR LF, indents with tabs (consistently, as
# CPython requires) and has a form feed on a line of its own.


def total(xs):
	n = 0
	for x in xs:
		if x > 1:
			n += x
	return n


async def main():
	text = """one
two"""
	print(len(text), text == "one\ntwo", text.split())
	print(total([1, 2, 3]), 1 + \
	      2)
	print(f"""{total(
		[4, 5])}
""" == "9\n")
	if True:
	        print("tab then spaces: deeper than one tab")
	print('done')


asyncio.run(main())
