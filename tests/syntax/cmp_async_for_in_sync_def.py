def main(src):
    async for x in src:
        print(x)
