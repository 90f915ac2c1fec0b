# leading comment
import asyncio  # trailing

# between
async def main(  # in params
    a=1,  # after a
    # own line
    b=2,
):  # after colon
    # body comment
    return [  # open
        a,  # item
        b,
    ]  # close
    # dangling comment at deeper indent

    # after blank
print(asyncio.run(main()))  # end
# final comment without newline