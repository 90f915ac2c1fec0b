    import asyncio
